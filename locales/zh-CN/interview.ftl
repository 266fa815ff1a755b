## 资格问答（iv-）：一屏一问，从参保人的情况得出备案方案。
## 问题与说明都带 $audience：self（本人）、family（家人代问）、staff（窗口工作人员接待来访者）；只改措辞，不改规则。

iv-progress = 问题 { $number } · { $left ->
    [0] 最后一题
   *[other] 最多还有 { $left } 题
}
iv-yes = 是
iv-no = 否

## 问题

iv-q-audience = 这次是谁在使用本助手？
iv-q-audience-help = 选“替家人了解”，后面的问题就会问“家人”的情况。
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
iv-q-proxy-consent = { $audience ->
    [family] 家人本人同意由您代办吗？怎么确认？
    [staff] 参保人本人的同意怎么确认？
   *[self] 您本人怎么确认同意由家人代办？
}
iv-q-proxy-consent-help = 备案是以参保人本人的名义办的，要有本人同意：线上用已绑定的亲情账户（绑定时要本人确认），到窗口带代办人的身份证和参保人本人的证件。
iv-opt-proxy-consent-family-account = 线上办：已经（或准备）把参保人绑定为亲情账户
iv-opt-proxy-consent-counter-papers = 到窗口办：带上代办人的身份证和参保人本人的证件
iv-opt-proxy-consent-not-yet = 还没问过参保人本人

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

iv-q-care-type = 这次是住院，还是看门诊？
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
iv-q-channel = 打算怎么办理备案？
iv-q-channel-help = 手机上办不用跑腿，一般下一个工作日出结果；到窗口一般当场办好。
iv-opt-channel-online = 在手机上办（国家医保服务平台 App 或“国家异地就医备案”小程序）
iv-opt-channel-counter = 到参保地医保经办机构的窗口办
iv-opt-channel-undecided = 还没想好

iv-q-filing-action = { $audience ->
    [family] 家人已有长期备案，这次打算怎么办？
    [staff] 参保人已有长期备案，这次要办什么？
   *[self] 您已有长期备案，这次打算怎么办？
}
iv-q-filing-action-help = 长期备案办好后一直有效；要换就医地或不再需要，可以申请变更或取消，但办理后一段时间内不能变更。
iv-opt-filing-action-keep = 继续用：备案的就是这个就医地
iv-opt-filing-action-change-destination = 换到这个新的就医地（变更备案）
iv-opt-filing-action-cancel = 不再需要，要取消备案

iv-q-filing-made = 这份长期备案是哪一天办好的？
iv-q-filing-made-help = 最早可以变更或取消的日期从这一天算起。在 App 的“备案记录”里可以查到。按“年-月-日”填写，如 2026-05-31。

iv-q-filing-end = 这份备案的有效期到哪一天？
iv-q-filing-end-help = 临时类备案有有效期，查询备案记录可以看到截止日期。按“年-月-日”填写，如 2026-05-31。

iv-q-admission-date = { $audience ->
    [family] 家人是哪一天入院的？
    [staff] 参保人是哪一天入院的？
   *[self] 您是哪一天入院的？
}
iv-q-admission-date-help = 按“年-月-日”填写，如 2026-03-15。入院日期在备案有效期内，出院晚于有效期也算有效备案。

iv-q-networked = 要去（或正在住）的医院能跨省直接结算吗？
iv-q-networked-help = 还没选好医院，或拿不准，就选“不清楚”：方案里会告诉您怎么查。也可以在本助手的“定点医院”里查。
iv-opt-networked-yes = 能，已开通跨省直接结算
iv-opt-networked-no = 不能，没有开通
iv-opt-networked-dont-know = 不清楚，或还没选好医院

## 栏目名称（核对页与错误提示用）

field-answers-audience = 谁在使用
field-answers-filer = 谁来办备案
field-answers-insured-region = 参保地
field-answers-destination = 就医地
field-answers-scheme = 险种
field-answers-work-status = 在职或退休
field-answers-dibao = 是否享受低保
field-answers-stage = 现在到了哪一步
field-answers-care-type = 医疗类型
field-answers-chronic-disease = 门诊慢特病病种
field-answers-reason = 外地就医原因
field-answers-hukou-moved = 户口是否迁入
field-answers-months-there = 连续居住或工作月数
field-answers-referral-issued = 是否已开转诊证明
field-answers-referral-settled-before = 转诊后已出院结算
field-answers-has-filing = 是否已经备案
field-answers-filing-end = 备案有效期截止日
field-answers-admission-date = 入院日期
field-answers-networked = 医院能否跨省直接结算
field-answers-proxy-consent = 参保人本人同意的方式
field-answers-channel = 办理方式
field-answers-filing-action = 已有长期备案怎么办
field-answers-filing-made = 长期备案办好的日期
field-as-of = 办理日期

## 结果

iv-out-plan = { $category }：跨省异地就医备案方案
iv-out-plan-file-before-travel = { $category }：出发前先备案，出院时直接结算
iv-out-plan-file-before-discharge = { $category }：出院结算前补办备案，仍可直接结算
iv-out-plan-counts-as-filed = 异地急诊抢救：视同已备案，可以直接结算
iv-out-plan-already-filed = { $category }：备案有效，入院时持卡直接结算
iv-out-plan-manual-claim = 医院不能直接结算：出院时全额付费，回{ $insured }报销
iv-out-plan-manual-claim-paid = 已全额付费：回{ $insured }手工报销
iv-out-plan-not-applicable = 不需要跨省异地就医备案
iv-out-plan-change-filing = { $category }：变更或取消备案
iv-out-out-same-pool = 不需要跨省异地就医备案
iv-out-out-within-province = 不属于跨省异地就医
iv-out-out-outside-network = 不能跨省直接结算
iv-out-out-dibao = 不能直接结算：享受低保待遇的职工参保人员
iv-out-out-care-not-settleable = 这类医疗费用不能跨省直接结算
iv-out-out-chronic-not-covered = 这个病种的门诊费用不能跨省直接结算

iv-verdict-plan = 可以备案、直接结算
iv-verdict-not-needed = 不需要跨省备案
iv-verdict-not-available = 不能直接结算
iv-verdict-plan-file-before-travel = 先备案，出院时直接结算
iv-verdict-plan-file-before-discharge = 出院前补办备案，直接结算
iv-verdict-plan-counts-as-filed = 急诊视同已备案，直接结算
iv-verdict-plan-already-filed = 已备案，直接结算
iv-verdict-plan-manual-claim = 回{ $insured }手工报销
iv-verdict-plan-not-applicable = 无需跨省备案
iv-verdict-plan-change-filing = 变更或取消长期备案

iv-settle-file-before-travel = 备案后，出院时在医院直接结算：您只付自己负担的那部分
iv-settle-file-before-discharge = 出院结算前补办备案，出院时在医院直接结算：您只付自己负担的那部分
iv-settle-counts-as-filed = 急诊视同已备案：出院时在医院直接结算，您只付自己负担的那部分
iv-settle-already-filed = 出院时在医院直接结算：您只付自己负担的那部分
iv-settle-manual-claim = 先全额付费，再带单据回{ $insured }手工报销
iv-settle-manual-claim-paid = 已经全额付费：带齐单据回{ $insured }手工报销
iv-settle-not-applicable = 按本地或本省的规定结算，不需要跨省备案
iv-settle-change-filing = 变更或取消备案后，按新的备案结算

iv-sec-summary = 结论
iv-sec-steps = 怎么办（按顺序）
iv-sec-materials = 要带的东西
iv-sec-channels = 办理渠道
iv-sec-scope = 备案范围
iv-sec-validity = 有效期
iv-sec-refile = 需要重新备案的情形
iv-sec-waiting = 变更与取消
iv-sec-hospital = 在医院这样做
iv-sec-note-restated = 本节有些内容依据的是转述材料，没有核对到原文。
iv-sec-note-advice = 本节有些内容是 Yidi 的办事建议，不是政策规定。
iv-sec-note-both = 本节有些内容依据的是转述材料（没有核对到原文），有些是 Yidi 的办事建议。
iv-layer-national = 国家
iv-sec-claim = 回参保地报销
iv-sec-warnings = 注意事项

iv-source = 来源：{ $title }{ $article }
iv-source-unverified = （转述，未核对原文）
iv-src-nhsa-2022-22 = 国家医保局、财政部《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）
iv-src-mohrss-2017-162 = 人社部办公厅、财政部办公厅《关于规范跨省异地就医住院费用直接结算有关事项的通知》（人社厅发〔2017〕162号）
iv-src-mohrss-2016-procedure = 《基本医疗保险跨省异地就医住院医疗费用直接结算经办规程（试行）》
iv-src-hospital-rulebook = 一家定点医院的《异地医保住院直接结算制度》
iv-src-seed-004-management = 异地就医管理研究文章（论文，非政策文件）
iv-src-seed-003-emergency = 转诊与急诊经办要求（摘录）
iv-src-yidi-rules = Yidi 整理的公开政策要点（据各地转述）
iv-src-yidi-inference = Yidi 对类别定义的理解（请向参保地确认）
iv-src-yidi-advice = Yidi 的办事建议（不是政策规定）
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
iv-line-why-dibao = 按{ $layer }的规定，享受低保待遇的职工参保人员异地住院费用不能直接结算：先自付，回参保地报销。
iv-line-why-care-psychiatric = 按{ $layer }的规定，在外地精神病专科医院或综合医院精神科住院的费用不能直接结算。
iv-line-why-care-observation = 按{ $layer }的规定，急诊留观费用不能跨省直接结算。
iv-line-why-care-home-bed = 按{ $layer }的规定，家庭病床费用不能跨省直接结算。
iv-line-why-chronic-not-listed = 这个病种不在跨省直接结算的门诊慢特病范围内：门诊费用先自付，回参保地按规定报销。
iv-line-step-file-before-discharge = 已于{ $admission_date }入院，还没有备案：在出院结算之前补办备案（办法见下面几步），医院仍可直接结算。
iv-line-step-counts-as-filed = 急诊抢救视同已备案：入院时出示社保卡并说明是异地急诊；如医院要求，出院结算前补办备案。
iv-line-step-already-filed-long = 已有的长期备案继续有效，不用重新办理：入院时按下面“在医院这样做”办。
iv-line-step-already-filed-temporary = 已有备案有效期至{ $filing_end }：在这一天或之前入院的，即使出院晚于这一天，也能直接结算。
iv-line-step-validity-ended = 备案已于{ $filing_end }到期，而入院是在{ $admission_date }：这份备案不覆盖这次住院。
iv-line-step-filing-expired = 备案已于{ $filing_end }到期，需要重新备案。
iv-line-step-referral-lapsed = 按{ $layer }的规定，转诊备案在出院结算后自动失效：再次入院要重新办理转诊和备案。
iv-line-step-referral-reuse = 临时类备案在有效期内可多次就医：上次出院结算后，这份转诊备案仍可用于再次入院。
iv-line-step-manual-claim = 这家医院不能跨省直接结算：出院时先全额付费，把单据全部带走，回{ $insured }报销（见下面“回参保地报销”）。如病情允许，也可以考虑转到能直接结算的医院。
iv-line-step-not-networked-admitted = 所在医院没有开通跨省直接结算：出院时需全额付费，回参保地报销；如病情允许，可考虑转到联网医院。
iv-line-step-not-needed = 这次就医不需要跨省异地就医备案。
iv-line-mat-identity = 参保人的社会保障卡或身份证（也可以用手机上的医保电子凭证）。
iv-line-mat-retiree-hukou = 户口簿首页和本人户籍信息页。
iv-line-mat-residence-proof = 就医地居住证，或社区等出具的居住证明。
iv-line-mat-posting-proof = 工作单位的派出证明，或异地工作的劳动合同。
iv-line-mat-referral-certificate = 参保地有转诊资质的定点医院开具的转诊（转院）证明。
iv-line-mat-referral-by-hospital = 按{ $layer }的规定，在有转诊资质的定点医院办完转诊手续后，备案信息由医院上传，不需要另外备案。
iv-line-mat-commitment = 拿不出上面的证明时：个人承诺书（在窗口或 App 里签）。
iv-line-mat-commitment-refused = { $insured }不接受以个人承诺书代替证明材料：请带齐证明材料原件。
iv-line-warn-commitment-supply-later = 用承诺书备案的，要在{ $supply_months }个月内补交证明材料。
iv-line-warn-commitment-false = 承诺不实的，会被取消备案、追回已支付的费用，并记入信用记录。
iv-line-mat-proxy-id = 代办人自己的身份证或社保卡。
iv-line-step-beijing-card-district = 持社会保障卡到所属辖区的医保经办机构办理。
iv-line-step-beijing-consent = 阅读并签署《北京市基本医疗保险跨省异地就医住院医疗费用直接结算知情同意书》。
iv-line-step-beijing-proxy-signature = 代办的，知情同意书可由被委托人签字。
iv-line-mat-changshu-long-term = 社会保障卡，以及在异地居住的证明材料（常熟不接受承诺书代替）。
iv-line-warn-weifang-commitment-false = 承诺不实的，取消备案、追回费用、记入信用记录，并处骗取金额 2 倍以上 5 倍以下罚款。
iv-line-ch-counter = 参保地医保经办机构的服务窗口。
iv-line-ch-national-app = 国家医保服务平台 App 的“异地备案”。
iv-line-ch-mini-program = 微信或支付宝中的“国家异地就医备案”小程序。
iv-line-ch-website-phone = 参保地医保部门的网站或服务电话。
iv-line-ch-processing = 窗口一般当场办结；线上一般下一个工作日、最长 2 个工作日内办结。
iv-line-ch-changshu-counter = 各镇（街道）劳动保障所或市社保中心医保综合窗口；政务服务中心周一至周六 8:30–11:30、12:30–16:30 办理，当场办结。
iv-line-ch-changshu-online = “常熟智慧人社服务平台”线上办理，下一个工作日办结。
iv-line-ch-changshu-find-hospital = 就医地联网定点医院可在“常熟社保”公众号查询，或拨打就医地“区号+12333”。
iv-line-scope-city = 备案的是就医城市{ $destination }：那里开通跨省直接结算的定点医院都可以直接结算。
iv-line-scope-hospitals = 按{ $layer }的规定，备案时要选定{ $destination }的具体定点医院，只在选定的医院直接结算。
iv-line-val-long-term = 长期类备案办好后长期有效，直到您申请变更或取消。
iv-line-val-temporary = 临时类备案自{ $filing_date }起有效，至{ $valid_until }止（{ $validity_months }个月），有效期内可多次就医。
iv-line-val-admission-counts = 只要在有效期内办理入院，出院日期晚于有效期也算有效备案。
iv-line-val-referral-lapses = 按{ $layer }的规定，转诊备案在出院结算后自动失效。
iv-line-refile-destination = 换到其他城市就医，要重新备案（或变更备案地）。
iv-line-refile-details = 居住地、联系电话等备案信息变化时，要及时变更备案。
iv-line-refile-hospital = 更换备案的定点医院，要重新办理备案。
iv-line-refile-referral-again = 转诊人员在外地需要再次转院或入院的，要重新办理转诊备案。
iv-line-wait-change-lock = 长期备案办好后，从{ $change_from }起才能申请变更或取消（国家规定这个期限最长{ $lock_months }个月，参保地可能更短）。
iv-line-claim-where = 交到{ $insured }的医保经办机构（参保地医保服务窗口），按参保地的规定计算报销金额。
iv-line-claim-documents = 要带的原件：医疗费用发票、费用明细清单、出院记录（出院小结）或病历、诊断证明；有结算单的也带上。
iv-line-claim-referral-certificate = 转诊的，带上转诊（转院）证明。
iv-line-claim-emergency-record = 急诊的，带上急诊病历或诊断证明。
iv-line-claim-not-filed = 没有备案就出院全额付费的，部分参保地报销比例会降低。
iv-line-warn-card = 没有备案、入院登记时没有用社保卡，是不能直接结算的两大原因。
iv-line-warn-free = 备案不收任何费用：不要相信收费代办。
iv-line-warn-networked-check = 请确认医院已开通跨省异地就医直接结算：未联网的医院不能直接结算，通常需全额付费后回参保地报销。
iv-line-warn-general-outpatient = 普通门诊费用只能在开通跨省门诊直接结算的定点医院或药店直接结算。
iv-line-warn-chronic = { $disease }属于跨省直接结算的门诊慢特病；要在开通门诊慢特病跨省结算的定点医院就医。
iv-line-warn-observation-home-bed = 急诊留观、家庭病床费用很多地方不能跨省直接结算，就医前请向参保地确认。
iv-line-warn-psychiatric = 精神科住院费用有的参保地不能跨省直接结算，就医前请向参保地确认。
iv-line-warn-temporary-ratio = 临时类备案的报销比例可能比长期类低：转诊、急诊最多低 10 个百分点，其他临时外出最多低 20 个百分点。
iv-line-warn-beijing-exclusions = 按北京市的规定，享受低保待遇的职工参保人员异地住院费用不能直接结算。
iv-line-warn-beijing-special-outpatient = 北京市知情同意书列明：精神病住院费用，以及门诊特殊病、家庭病床、急诊留观等住院类费用不能直接结算。
iv-line-step-consent-family-account = 替家人在手机上办：先在国家医保服务平台 App 的“亲情账户”里添加参保人并完成绑定，绑定时要参保人本人确认；之后用亲情账户为参保人办理。
iv-line-step-consent-counter = 到窗口代办：带上代办人自己的身份证，以及参保人本人的社保卡或身份证；知情同意书或申请表可由代办人（被委托人）签字，具体以窗口要求为准。
iv-line-step-consent-not-yet = 先和参保人本人说清楚要办什么，得到同意：备案、报销都以参保人本人的名义办理，线上要本人配合绑定亲情账户，到窗口要带本人的证件。
iv-line-step-online-open = 在手机上打开“国家医保服务平台”App（或微信、支付宝里的“国家异地就医备案”小程序），登录参保人的账户，进入“异地备案”。
iv-line-step-online-submit = 依次选参保地、备案类别“{ $category }”和就医地{ $destination }，按提示填写信息、上传或拍照下面列出的材料，没有证明的可以勾选个人承诺，然后提交。
iv-line-step-online-result = 一般下一个工作日（最长 2 个工作日）出结果：在 App 的“备案记录”里看到“备案成功”才算办好。
iv-line-step-counter-go = 带齐下面“要带的东西”，到{ $insured }的医保经办机构服务窗口（参保地的医保服务大厅）。
iv-line-step-counter-form = 在窗口领取《跨省异地就医备案表》当场填写，连同材料交给工作人员；窗口一般当场办好。
iv-line-step-counter-result = 拿好回执；回家后也可以在国家医保服务平台 App 的“备案记录”里确认“备案成功”。
iv-line-step-channel-open = 选一种办法办理：在手机上（国家医保服务平台 App，或“国家异地就医备案”小程序，进入“异地备案”），或到{ $insured }的医保经办机构窗口。详见下面的“办理渠道”。
iv-line-step-then-hospital = 备案办好后，在{ $destination }选一家已开通跨省直接结算的定点医院；入院时按下面“在医院这样做”办。
iv-line-step-paid-claim = 费用已经全额付了：不能再在医院直接结算，要带齐单据回{ $insured }手工报销，步骤见下面“回参保地报销”。
iv-line-step-change-now = 您的长期备案办于{ $filing_made }，从{ $change_from }起可以申请变更：把就医地改为{ $destination }，变更办好后就在新的就医地直接结算。
iv-line-step-change-wait = 您的长期备案办于{ $filing_made }，要到{ $change_from }才能申请变更（{ $layer }规定办理后{ $lock_months }个月内不能变更）。在这之前到{ $destination }就医，先问{ $insured }医保经办机构能否提前变更；不能的话，费用要先自付，回参保地报销。
iv-line-step-cancel-now = 您的长期备案办于{ $filing_made }，从{ $change_from }起可以申请取消。取消后再到外地就医，要重新备案。
iv-line-step-cancel-wait = 您的长期备案办于{ $filing_made }，要到{ $change_from }才能申请取消（{ $layer }规定办理后{ $lock_months }个月内不能取消）。
iv-line-step-change-how = 变更或取消和备案一样办：在国家医保服务平台 App 的“异地备案”里找到这条备案记录办理，或到{ $insured }的医保经办机构窗口。
iv-line-mat-filing-form = 《跨省异地就医备案表》：窗口领取、当场填写；在手机上办不用纸表。也可以用本助手的“阅读与签字”生成一份填好的表带去。
iv-line-mat-insured-card-for-proxy = 参保人本人的社会保障卡或身份证（代办时带原件）。
iv-line-hosp-admission = 入院时：到住院处（入院登记处）出示社保卡（或手机上的医保电子凭证）和身份证，说“我是{ $insured }医保，已经备案，跨省异地就医直接结算”，请工作人员确认系统里能查到备案。
iv-line-hosp-admission-emergency = 入院时：出示社保卡（或医保电子凭证）和身份证，说明是“异地急诊抢救，跨省直接结算”；医院要求的，出院结算前补办备案。
iv-line-hosp-not-found = 系统里查不到备案：先别急着交全款。在 App 的“备案记录”里查一下，或打{ $insured }医保经办机构的电话问清楚。
iv-line-hosp-stay = 住院期间：要用目录外（全自费）的药品或项目，医院会先请您签《自费项目协议书》；不清楚就问。每天的费用清单留好。
iv-line-hosp-discharge = 出院时：再出示社保卡。结算单上应写明医保基金支付的金额，您只付个人负担的部分。
iv-line-hosp-keep-papers = 把发票、费用明细清单、出院记录（出院小结）、诊断证明和结算单都拿走、收好：核对费用或回参保地报销都要用。
iv-line-hosp-failed = 不能直接结算时：请医院医保办再试一次，问清原因；实在不行才全额付费，把上面的单据全部带走，回{ $insured }手工报销。
iv-line-claim-late-filing = 先问{ $insured }要不要补办备案：有的参保地要先补办异地就医备案才受理报销，没备案的报销比例也可能更低。补办可以在国家医保服务平台 App 的“异地备案”里办。
iv-line-claim-copies = 原件交上去就拿不回来了：交之前把发票和费用清单各复印（或拍照）一份自己留着。出院记录、诊断证明如果要交原件，可以先请医院多开一份。
iv-line-claim-proxy = 替家人报销的：带上代办人自己的身份证，以及参保人的身份证或社保卡。
iv-line-claim-deadline-unknown = 报销期限：我们没有查到{ $insured }的规定。请尽快办理，并在递交前问清楚期限。
iv-line-claim-estimate = 大约能报回多少：见本节最后的“大约能报回多少”，按您的情况估算（填上发票上的合计金额），以参保地审核为准。

## 在住院处出示的卡片

iv-desk-title = 请出示给住院处（入院登记处）工作人员
iv-desk-insured = 参保地
iv-desk-category = 备案类别
iv-desk-validity = 备案有效期
iv-desk-destination = 就医地
iv-desk-valid-long-term = 长期有效
iv-desk-valid-until = 至{ $date }
iv-desk-valid-emergency = 急诊抢救，视同已备案
iv-desk-valid-ask = 请在 App 的“备案记录”里查看
iv-desk-say = 我是{ $insured }医保，已经办好跨省异地就医备案，请按跨省异地就医直接结算办理入院。
iv-desk-say-emergency = 我是{ $insured }医保，这次是异地急诊抢救，请按跨省异地就医直接结算办理。
iv-desk-ask = 请帮我确认系统里能查到我的备案。

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
iv-term-how-paid = 怎么结算
iv-term-basis = 依据
iv-term-input-closed = 输入已结束，问答没有完成。

## 错误

err-iv-choose-one = { $field }：请从下面几项中选一项：{ $options }。
err-iv-not-on-path = { $field }：根据前面的回答，这个问题不适用。
err-iv-unanswered = 还有问题没有回答：{ $field }。
err-iv-data = 问答数据有误，无法使用：{ $detail }
err-iv-admission-after-as-of = 入院日期 { $date } 晚于办理日期 { $as_of }：还没发生的入院不能这样填。还没入院的，请把“现在到了哪一步”改为“还没出发”。
err-iv-filing-made-after-as-of = 备案日期 { $date } 晚于办理日期 { $as_of }：请填已经办好的那一天。

## 方案中的关键日期

iv-date-filing-date = 备案日期
iv-date-valid-until = 有效期至
iv-date-change-from = 最早可以变更或取消（从这天起）

## 界面：备案向导（ui-iv-）

ui-nav-check = 备案向导
ui-iv-title = 备案向导
ui-iv-intro = 一次只问一个问题，回答完会得到一份备案方案：办哪一类、带什么材料、去哪里办、有效期到哪天。随时可以返回修改。
ui-iv-next = 下一步
ui-iv-back = 上一步
ui-iv-choose-first = 请先选一项，再点“下一步”。
ui-iv-restart = 从头开始
ui-iv-date-placeholder = 年-月-日，如 2026-03-15
ui-iv-prefilled = 已按首页选好的地区预先填上；不对的话可以重新选择。
ui-iv-dropped = 根据刚才的修改，有些之前的回答已不再适用，已经去掉。
ui-iv-review-intro = 请逐项核对。哪一项不对，点旁边的“修改”；都对了，再查看备案方案。
ui-iv-as-of = 办理日期（已填今天；不是今天办的，改成那一天）。有效期从这一天算起。
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
ui-iv-show-desk = 在住院处出示
ui-iv-print-card = 打印“在医院”卡片
ui-iv-card-title = 在医院这样做（随身带着）
ui-iv-validity = 有效期
ui-iv-valid-long-term = 长期有效，直到申请变更或取消
ui-iv-ticked = 项已准备
ui-iv-basis = 依据
ui-iv-rule-set = 规则版本
ui-iv-desk-close = 返回方案
