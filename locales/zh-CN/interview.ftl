## 资格问答（iv-）：一屏一问，从参保人的情况得出备案方案。
## 问题与说明都带 $audience：self（本人）、family（家人代问）、staff（窗口工作人员接待来访者）；只改措辞，不改规则。

iv-yes = 是
iv-no = 否

## 问题

iv-q-audience = 这次是谁在使用本助手？
iv-q-audience-help = 措辞会随之调整，规则不会变。
iv-opt-audience-self = 我本人是参保人
iv-opt-audience-family = 我替家人了解（如父母、配偶）
iv-opt-audience-staff = 我是窗口工作人员，正在接待来办事的群众

iv-q-filer = { $audience ->
    [family] 备案由谁去办：家人本人，还是您代办？
    [staff] 备案由谁办理：参保人本人，还是他人代办？
   *[self] 备案由谁去办：您本人，还是请家人代办？
}
iv-q-filer-help = 代办（委托他人办理）时，代办人要带自己的身份证件；线上为家人办理，需要先绑定亲情账户。
iv-opt-filer-insured = 参保人本人办理
iv-opt-filer-proxy = 由他人代办

iv-q-insured-region = { $audience ->
    [family] 家人的医保是在哪里参保的（参保地）？
    [staff] 参保人的医保在哪里参保（参保地）？
   *[self] 您的医保是在哪里参保的（参保地）？
}
iv-q-insured-region-help = 参保地是缴纳医保的地方，不一定是户口所在地。可按名称、拼音或首字母搜索，选到市或区县。
iv-q-destination = { $audience ->
    [family] 家人要在哪里看病或住院（就医地）？
    [staff] 参保人要在哪里就医（就医地）？
   *[self] 您要在哪里看病或住院（就医地）？
}
iv-q-destination-help = 选就医所在的城市或区县。跨省就医才需要跨省异地就医备案。

iv-q-scheme = { $audience ->
    [family] 家人参加的是哪种医保？
    [staff] 参保人参加的是哪种医保？
   *[self] 您参加的是哪种医保？
}
iv-q-scheme-help = 单位或灵活就业缴费的是职工医保；按年缴费、城乡居民参加的是居民医保。
iv-opt-scheme-employee = 职工医保
iv-opt-scheme-resident = 居民医保

iv-q-work-status = { $audience ->
    [family] 家人现在是在职还是已退休？
    [staff] 参保人是在职还是已退休？
   *[self] 您现在是在职还是已退休？
}
iv-q-work-status-help = 指医保上的身份：已办理退休并享受退休人员医保待遇的，选“退休”。
iv-opt-work-status-in-service = 在职
iv-opt-work-status-retired = 退休

iv-q-dibao = { $audience ->
    [family] 家人是否在享受参保地的城市居民最低生活保障（低保）待遇？
    [staff] 参保人是否在享受参保地的城市居民最低生活保障（低保）待遇？
   *[self] 您是否在享受参保地的城市居民最低生活保障（低保）待遇？
}
iv-q-dibao-help = 有的参保地规定，享受低保待遇的职工参保人员异地住院费用不能直接结算。

iv-q-stage = { $audience ->
    [family] 家人现在处于哪个阶段？
    [staff] 参保人现在处于哪个阶段？
   *[self] 您现在处于哪个阶段？
}
iv-q-stage-help = 阶段决定还来得及做什么：出院结算前补办备案仍可直接结算；已全额付费出院的只能回参保地报销。
iv-opt-stage-before-travel = 还没出发，或还没住院
iv-opt-stage-admitted = 已经在外地住院，还没出院结算
iv-opt-stage-discharged = 已经出院，费用全额自付了

iv-q-care-type = 需要的是哪类医疗？
iv-q-care-type-help = 跨省直接结算主要是住院；普通门诊和部分门诊慢特病也可以；有些类型各地规定不能直接结算。
iv-opt-care-type-inpatient = 住院（精神科以外）
iv-opt-care-type-psychiatric-inpatient = 精神科住院（精神病专科医院或综合医院精神科）
iv-opt-care-type-general-outpatient = 普通门诊
iv-opt-care-type-chronic-outpatient = 门诊慢性病、特殊病（门诊慢特病）
iv-opt-care-type-emergency-observation = 急诊留观
iv-opt-care-type-home-bed = 家庭病床

iv-q-chronic-disease = 是哪一种门诊慢特病？
iv-q-chronic-disease-help = 目前跨省直接结算的门诊慢特病有 10 种；其他病种需回参保地按规定报销。
iv-opt-chronic-disease-hypertension = 高血压
iv-opt-chronic-disease-diabetes = 糖尿病
iv-opt-chronic-disease-malignant-tumour = 恶性肿瘤门诊放化疗
iv-opt-chronic-disease-uraemia-dialysis = 尿毒症透析
iv-opt-chronic-disease-transplant-antirejection = 器官移植术后抗排异治疗
iv-opt-chronic-disease-copd = 慢性阻塞性肺疾病
iv-opt-chronic-disease-viral-hepatitis = 病毒性肝炎
iv-opt-chronic-disease-coronary-heart-disease = 冠心病
iv-opt-chronic-disease-rheumatoid-arthritis = 类风湿关节炎
iv-opt-chronic-disease-ankylosing-spondylitis = 强直性脊柱炎
iv-opt-chronic-disease-other = 其他病种

iv-q-reason = { $audience ->
    [family] 家人为什么在外地就医？
    [staff] 参保人为什么在外地就医？
   *[self] 您为什么在外地就医？
}
iv-q-reason-help = 这决定备案类别：长期在外地生活或工作的是长期类；转诊、急诊和其他临时外出的是临时类。
iv-opt-reason-live-there = 长期在那里生活（含退休后随子女居住）
iv-opt-reason-work-posted = 单位派驻在那里工作
iv-opt-reason-referred = 参保地医院让转到那里治疗
iv-opt-reason-emergency = 在外地突发疾病或意外，需要急诊抢救
iv-opt-reason-visit-for-care = 专门去那里看病，没有转诊

iv-q-hukou-moved = { $audience ->
    [family] 家人的户口已经迁到就医地了吗？
    [staff] 参保人的户口已迁入就医地了吗？
   *[self] 您的户口已经迁到就医地了吗？
}
iv-q-hukou-moved-help = 户口迁入的退休人员按“异地安置退休人员”备案；没有迁入的按“异地长期居住人员”备案。

iv-q-months-there = { $audience ->
    [family] 家人在那里已经或将要连续居住、工作多少个月？
    [staff] 参保人在那里已经或将要连续居住、工作多少个月？
   *[self] 您在那里已经或将要连续居住、工作多少个月？
}
iv-q-months-there-help = 填整数月。有的参保地要求连续居住满一定时间才能按长期类备案。

iv-q-referral-issued = 参保地具有转诊资质的定点医院是否已经开具转诊（转院）证明？
iv-q-referral-issued-help = 转诊要由参保地规定的、有转诊资质的定点医疗机构开具；自己去外地看病不算转诊。

iv-q-referral-settled-before = { $audience ->
    [family] 家人是否已经凭这次转诊备案住过一次院并出院结算，现在需要再次入院？
    [staff] 参保人是否已凭这次转诊备案住院并出院结算过，现在需要再次入院？
   *[self] 您是否已经凭这次转诊备案住过一次院并出院结算，现在需要再次入院？
}
iv-q-referral-settled-before-help = 有的参保地规定，转诊人员出院结算后当次备案自动失效，再次入院要重新转诊备案。

iv-q-has-filing = { $audience ->
    [family] 家人是否已经办好到这个地方的跨省异地就医备案？
    [staff] 参保人是否已办好到就医地的跨省异地就医备案？
   *[self] 您是否已经办好到这个地方的跨省异地就医备案？
}
iv-q-has-filing-help = 可在国家医保服务平台 App 的“异地备案”里查询备案记录。

iv-q-filing-end = 这份备案的有效期到哪一天？
iv-q-filing-end-help = 临时类备案有有效期，查询备案记录可以看到截止日期。按“年-月-日”填写，如 2026-05-31。

iv-q-admission-date = { $audience ->
    [family] 家人是哪一天入院的？
    [staff] 参保人是哪一天入院的？
   *[self] 您是哪一天入院的？
}
iv-q-admission-date-help = 按“年-月-日”填写，如 2026-03-15。入院日期在备案有效期内，出院晚于有效期也算有效备案。

iv-q-networked = 要去的医院是否已开通跨省异地就医直接结算？
iv-q-networked-help = 可在国家医保服务平台 App 查询“异地就医定点医疗机构”，或拨打就医地“区号+12333”咨询。
iv-opt-networked-yes = 已开通
iv-opt-networked-no = 没有开通
iv-opt-networked-dont-know = 不清楚

## 栏目名称（核对页与错误提示用）

field-answers-audience = 使用者
field-answers-filer = 办理人
field-answers-insured-region = 参保地
field-answers-destination = 就医地
field-answers-scheme = 险种
field-answers-work-status = 在职或退休
field-answers-dibao = 低保待遇
field-answers-stage = 所处阶段
field-answers-care-type = 医疗类型
field-answers-chronic-disease = 门诊慢特病病种
field-answers-reason = 外地就医原因
field-answers-hukou-moved = 户口是否迁入
field-answers-months-there = 连续居住或工作月数
field-answers-referral-issued = 转诊证明
field-answers-referral-settled-before = 转诊后已出院结算
field-answers-has-filing = 已有备案
field-answers-filing-end = 备案有效期截止日
field-answers-admission-date = 入院日期
field-answers-networked = 医院是否联网
field-as-of = 办理日期

## 结果

iv-out-plan = { $category }：跨省异地就医备案方案
iv-out-out-same-pool = 不需要跨省异地就医备案
iv-out-out-within-province = 不属于跨省异地就医
iv-out-out-outside-network = 不能跨省直接结算
iv-out-out-dibao = 不能直接结算：享受低保待遇的职工参保人员
iv-out-out-care-not-settleable = 这类医疗费用不能跨省直接结算
iv-out-out-chronic-not-covered = 这个病种的门诊费用不能跨省直接结算

iv-verdict-plan = 可以备案、直接结算
iv-verdict-not-needed = 不需要跨省备案
iv-verdict-not-available = 不能直接结算

iv-settle-file-before-travel = 出发前先备案
iv-settle-file-before-discharge = 出院结算前补办备案
iv-settle-counts-as-filed = 急诊视同已备案
iv-settle-already-filed = 已有有效备案
iv-settle-manual-claim = 回参保地手工报销
iv-settle-not-applicable = 无需跨省备案

iv-sec-summary = 结论
iv-sec-steps = 现在要做的事
iv-sec-materials = 要带的材料
iv-sec-channels = 办理渠道
iv-sec-scope = 备案范围
iv-sec-validity = 有效期
iv-sec-refile = 需要重新备案的情形
iv-sec-waiting = 变更与取消
iv-sec-claim = 回参保地报销
iv-sec-warnings = 注意事项

iv-source = 来源：{ $title }{ $article }
iv-source-unverified = （转述，未核对原文）
iv-rule-set = 规则版本：问答 { $flow }；{ $layers }
iv-rule-layer = { $name } { $version }（核对于 { $verified }）
iv-review-title = 请核对您的回答
iv-review-change = 修改

## 结果中的每一行

iv-line-sum-relocated-retiree = 属于“异地安置退休人员”：退休后在{ $destination }定居，户口已迁入。
iv-line-sum-long-term-resident = 属于“异地长期居住人员”：在{ $destination }长期居住生活，并符合{ $insured }的条件。
iv-line-sum-posted-worker = 属于“常驻异地工作人员”：由单位派驻{ $destination }工作，并符合{ $insured }的条件。
iv-line-sum-referral = 属于“异地转诊人员”：由{ $insured }有转诊资质的定点医院转诊到{ $destination }。
iv-line-sum-emergency = 属于“异地急诊抢救人员”：在外地急诊抢救视同已经备案。
iv-line-sum-other-temporary = 属于“其他临时外出就医人员”：没有转诊、也不是急诊，临时到{ $destination }就医。
iv-line-sum-below-minimum = 在那里连续{ $months_there }个月，不足{ $insured }要求的{ $min_months }个月，暂按临时类备案；满期后可改办长期类备案。
iv-line-sum-retiree-without-hukou = 户口没有迁入的退休人员，不按“异地安置退休人员”，而按“异地长期居住人员”备案。
iv-line-sum-resident-posted = “常驻异地工作人员”是单位派驻的职工；居民医保参保人在外地工作生活的，一般按“异地长期居住人员”备案，请向参保地确认。
iv-line-sum-no-referral = 没有参保地定点医院开具的转诊证明，不算转诊，只能按“其他临时外出就医人员”备案。
iv-line-why-same-pool = { $insured }和{ $destination }属于同一个统筹区，按本地就医办理，不需要异地备案。
iv-line-why-within-province = { $insured }和{ $destination }在同一个省内，按本省的省内异地就医规定办理，不是跨省备案。
iv-line-why-outside-network = 港澳台地区不在国家跨省异地就医直接结算范围内：费用先自付，回参保地按规定报销。
iv-line-why-dibao = 按{ $insured }的规定，享受低保待遇的职工参保人员异地住院费用不能直接结算：先自付，回参保地报销。
iv-line-why-care-psychiatric = 按{ $insured }的规定，在外地精神病专科医院或综合医院精神科住院的费用不能直接结算。
iv-line-why-care-observation = 按{ $insured }的规定，急诊留观费用不能跨省直接结算。
iv-line-why-care-home-bed = 按{ $insured }的规定，家庭病床费用不能跨省直接结算。
iv-line-why-chronic-not-listed = 这个病种不在跨省直接结算的门诊慢特病范围内：门诊费用先自付，回参保地按规定报销。
iv-line-step-file-before-travel = 出发前先备案，再选联网定点医院，入院时持卡就医：先备案、选定点、持卡就医。
iv-line-step-file-before-discharge = 已于{ $admission_date }入院但没有备案：请在出院结算之前补办备案，医院仍可直接结算。
iv-line-step-counts-as-filed = 急诊抢救视同已备案：入院时出示社保卡并说明是异地急诊；如医院要求，出院结算前补办备案。
iv-line-step-already-filed-long = 已有的长期类备案继续有效，无需重新办理，直接持卡就医。
iv-line-step-already-filed-temporary = 已有备案有效期至{ $filing_end }：在这一天或之前入院的，即使出院晚于这一天，也能直接结算。
iv-line-step-validity-ended = 备案已于{ $filing_end }到期，而入院是在{ $admission_date }：这份备案不覆盖这次住院。
iv-line-step-filing-expired = 备案已于{ $filing_end }到期，需要重新备案。
iv-line-step-referral-lapsed = 按{ $insured }的规定，转诊备案在出院结算后自动失效：再次入院要重新办理转诊和备案。
iv-line-step-referral-reuse = 临时类备案在有效期内可多次就医：上次出院结算后，这份转诊备案仍可用于再次入院。
iv-line-step-manual-claim = 先自付全部费用，之后带齐材料回{ $insured }的医保经办机构，按参保地规定手工报销。
iv-line-step-not-networked-admitted = 所在医院没有开通跨省直接结算：出院时需全额付费，回参保地报销；如病情允许，可考虑转到联网医院。
iv-line-step-not-needed = 这次就医不需要跨省异地就医备案。
iv-line-mat-identity = 有效身份证件或社会保障卡（也可用医保电子凭证），以及跨省异地就医备案表。
iv-line-mat-retiree-hukou = 户口簿首页和本人户籍信息页。
iv-line-mat-residence-proof = 就医地居住证，或社区等出具的居住证明。
iv-line-mat-posting-proof = 工作单位的派出证明，或异地工作的劳动合同。
iv-line-mat-referral-certificate = 参保地有转诊资质的定点医院开具的转诊（转院）证明。
iv-line-mat-referral-by-hospital = 按{ $insured }的规定，在有转诊资质的定点医院办完转诊手续后，备案信息由医院自动上传，不需要另外备案。
iv-line-mat-commitment = 拿不出上面的证明材料时，可以签署个人承诺书代替。
iv-line-mat-commitment-refused = { $insured }不接受以个人承诺书代替证明材料：请带齐证明材料原件。
iv-line-mat-commitment-supply-later = 用承诺书备案的，要在{ $supply_months }个月内补交证明材料。
iv-line-mat-commitment-false = 承诺不实的，会被取消备案、追回已支付的费用，并记入信用记录。
iv-line-mat-proxy-id = 代办时，代办人还要带上自己的身份证或社保卡。
iv-line-mat-proxy-online = 线上替家人办理，要先在 App 或小程序里绑定亲情账户。
iv-line-mat-beijing-card-district = 持社会保障卡到所属辖区的医保经办机构办理。
iv-line-mat-beijing-consent = 阅读并签署《北京市基本医疗保险跨省异地就医住院医疗费用直接结算知情同意书》。
iv-line-mat-beijing-proxy-signature = 代办的，知情同意书可由被委托人签字。
iv-line-mat-changshu-long-term = 社会保障卡和异地居住证明材料；不接受承诺书代替。
iv-line-mat-weifang-commitment-false = 承诺不实的，取消备案、追回费用、记入信用记录，并处骗取金额 2 倍以上 5 倍以下罚款。
iv-line-ch-counter = 参保地医保经办机构的服务窗口。
iv-line-ch-national-app = 国家医保服务平台 App 的“异地备案”。
iv-line-ch-mini-program = 微信或支付宝中的“国家异地就医备案”小程序。
iv-line-ch-website-phone = 参保地医保部门的网站或服务电话。
iv-line-ch-processing = 窗口一般当场办结；线上一般下一个工作日、最长 2 个工作日内办结。
iv-line-ch-changshu-counter = 各镇（街道）劳动保障所或市社保中心医保综合窗口；政务服务中心周一至周六 8:30–11:30、12:30–16:30 办理，当场办结。
iv-line-ch-changshu-online = “常熟智慧人社服务平台”线上办理，下一个工作日办结。
iv-line-ch-changshu-find-hospital = 就医地联网定点医院可在“常熟社保”公众号查询，或拨打就医地“区号+12333”。
iv-line-scope-city = 备案的是就医城市{ $destination }：那里开通跨省直接结算的定点医院都可以直接结算。
iv-line-scope-hospitals = 按{ $insured }的规定，备案时要选定{ $destination }的具体定点医院，只在选定的医院直接结算。
iv-line-val-long-term = 长期类备案办好后长期有效，直到您申请变更或取消。
iv-line-val-temporary = 临时类备案自{ $filing_date }起有效，至{ $valid_until }止（{ $validity_months }个月），有效期内可多次就医。
iv-line-val-admission-counts = 只要在有效期内办理入院，出院日期晚于有效期也算有效备案。
iv-line-val-referral-lapses = 按{ $insured }的规定，转诊备案在出院结算后自动失效。
iv-line-refile-destination = 换到其他城市就医，要重新备案（或变更备案地）。
iv-line-refile-details = 居住地、联系电话等备案信息变化时，要及时变更备案。
iv-line-refile-hospital = 更换备案的定点医院，要重新办理备案。
iv-line-refile-referral-again = 转诊人员在外地需要再次转院或入院的，要重新办理转诊备案。
iv-line-wait-change-lock = 长期类备案办理后，{ $change_from }起才能申请变更或取消（国家规定的上限是{ $lock_months }个月，参保地可能更短）。
iv-line-claim-where = 回{ $insured }的医保经办机构申请手工报销，按参保地的规定计算。
iv-line-claim-documents = 带上：医疗费用发票、费用明细清单、出院记录或病历、身份证或社保卡，以及收款的银行账户。
iv-line-claim-referral-certificate = 转诊的，带上转诊（转院）证明。
iv-line-claim-emergency-record = 急诊的，带上急诊病历或诊断证明。
iv-line-claim-not-filed = 没有备案就出院全额付费的，部分参保地报销比例会降低。
iv-line-warn-card = 带好社会保障卡（或医保电子凭证），入院登记时主动出示，说明是跨省异地就医直接结算，并实名就医。没有备案和入院时没用社保卡，是不能直接结算的两大原因。
iv-line-warn-free = 备案不收任何费用：不要相信收费代办。
iv-line-warn-networked-check = 请确认医院已开通跨省异地就医直接结算：未联网的医院不能直接结算，通常需全额付费后回参保地报销。
iv-line-warn-inpatient-self-pay = 就医地目录以外的自费项目，医院会请您签署《自费项目协议书》。
iv-line-warn-general-outpatient = 普通门诊费用只能在开通跨省门诊直接结算的定点医院或药店直接结算。
iv-line-warn-chronic = { $disease }属于跨省直接结算的门诊慢特病；要在开通门诊慢特病跨省结算的定点医院就医。
iv-line-warn-observation-home-bed = 急诊留观、家庭病床费用很多地方不能跨省直接结算，就医前请向参保地确认。
iv-line-warn-psychiatric = 精神科住院费用有的参保地不能跨省直接结算，就医前请向参保地确认。
iv-line-warn-temporary-ratio = 临时类备案的报销比例可能比长期类低：转诊、急诊最多低 10 个百分点，其他临时外出最多低 20 个百分点。
iv-line-warn-system-failure = 如果出院时系统故障无法直接结算，只能先全额付费，再回参保地手工报销。
iv-line-warn-beijing-exclusions = 按北京市的规定，享受低保待遇的职工参保人员异地住院费用不能直接结算。
iv-line-warn-beijing-special-outpatient = 北京市知情同意书列明：精神病住院费用，以及门诊特殊病、家庭病床、急诊留观等住院类费用不能直接结算。

## 终端问答

iv-term-choose = 请输入序号：
iv-term-enter-yes-no = 请输入 y（是）或 n（否）：
iv-term-enter-date = 请输入日期（年-月-日）：
iv-term-enter-number = 请输入{ $min }到{ $max }之间的整数：
iv-term-enter-region = 请输入地名、拼音或六位代码：
iv-term-region-pick = 找到以下地区，请输入序号：
iv-term-region-none = 没有找到“{ $query }”，请换个写法。
iv-term-keep-hint = （直接回车保留）
iv-term-back-hint = （输入 b 返回上一题）
iv-term-review-confirm = 输入 y 确认并查看结果，或输入要修改的序号：
iv-term-input-closed = 输入已结束，问答没有完成。

## 错误

err-iv-not-on-path = { $field }：根据前面的回答，这个问题不适用。
err-iv-unanswered = 还有问题没有回答：{ $field }。
err-iv-data = 问答数据有误，无法使用：{ $detail }

## 方案中的关键日期

iv-date-filing-date = 备案日期
iv-date-valid-until = 有效期至
iv-date-change-from = 可申请变更或取消的日期

## 界面：备案向导（ui-iv-）

ui-nav-check = 备案向导
ui-iv-title = 备案向导
ui-iv-intro = 一次只问一个问题，回答完会得到一份备案方案：办哪一类、带什么材料、去哪里办、有效期到哪天。随时可以返回修改。
ui-iv-question = 问题
ui-iv-next = 下一步
ui-iv-back = 上一步
ui-iv-choose-first = 请先选一项，再点“下一步”。
ui-iv-restart = 从头开始
ui-iv-date-placeholder = 年-月-日，如 2026-03-15
ui-iv-prefilled = 已按首页选好的地区预先填上；不对的话可以重新选择。
ui-iv-dropped = 根据刚才的修改，有些之前的回答已不再适用，已经去掉。
ui-iv-review-intro = 请逐项核对。哪一项不对，点旁边的“修改”；都对了，再查看备案方案。
ui-iv-as-of = 打算哪一天办理备案？有效期从这一天算起。
ui-iv-show-plan = 查看备案方案
ui-iv-plan-label = 备案方案
ui-iv-print = 打印方案
ui-iv-edit-answers = 返回修改回答
ui-iv-checklist-hint = 可以逐项打勾；打印出来也能对照着准备。
ui-iv-your-answers = 您的回答
ui-iv-key-dates = 关键日期
ui-iv-category = 备案类别
ui-iv-settlement = 怎么结算
ui-iv-saved = 备案类别、险种和阶段已记下，费用估算和知情同意等页面会直接使用，不用再填。
ui-iv-disclaimer = 本方案按公开政策整理，仅供准备材料参考；以参保地医保经办机构的答复为准。
