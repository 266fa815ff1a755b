## 資格問答（iv-）：一屏一問，從參保人的情況得出備案方案。
## 問題與說明都帶 $audience：self（本人）、family（家人代問）、staff（櫃檯工作人員接待來訪者）；只改措辭，不改規則。

iv-progress = 問題 { $number } · { $left ->
    [0] 最後一題
   *[other] 最多還有 { $left } 題
}
iv-yes = 是
iv-no = 否

## 問題

iv-q-audience = 這次是誰在使用本助手？
iv-q-audience-help = 選「替家人瞭解」，後面的問題就會問「家人」的情況。
iv-opt-audience-self = 我本人是參保人
iv-opt-audience-family = 我替家人瞭解（如父母、配偶）
iv-opt-audience-staff = 我是櫃檯工作人員，正在接待來辦事的群眾

iv-q-filer = { $audience ->
    [family] 備案由誰去辦：家人本人，還是您代辦？
    [staff] 備案由誰辦理：參保人本人，還是他人代辦？
   *[self] 備案由誰去辦：您本人，還是請家人代辦？
}
iv-q-filer-help = 代辦（委託他人辦理）時，代辦人要帶自己的身份證件；線上為家人辦理，需要先綁定親情帳戶。
iv-opt-filer-insured = 參保人本人辦理
iv-opt-filer-proxy = 由他人代辦
iv-q-proxy-consent = { $audience ->
    [family] 家人本人同意由您代辦嗎？怎麼確認？
    [staff] 參保人本人的同意怎麼確認？
   *[self] 您本人怎麼確認同意由家人代辦？
}
iv-q-proxy-consent-help = 備案是以參保人本人的名義辦的，要有本人同意：線上用已綁定的親情帳戶（綁定時要本人確認），到櫃檯帶代辦人的身份證和參保人本人的證件。
iv-opt-proxy-consent-family-account = 線上辦：已經（或準備）把參保人綁定為親情帳戶
iv-opt-proxy-consent-counter-papers = 到櫃檯辦：帶著代辦人的身份證和參保人本人的證件
iv-opt-proxy-consent-not-yet = 還沒問過參保人本人

iv-q-insured-region = { $audience ->
    [family] 家人的醫保是在哪裡參保的（參保地）？
    [staff] 參保人的醫保在哪裡參保（參保地）？
   *[self] 您的醫保是在哪裡參保的（參保地）？
}
iv-q-insured-region-help = 參保地是繳納醫保的地方，不一定是戶口所在地。可按名稱、拼音或首字母搜尋，選到市或區縣。
iv-q-destination = { $audience ->
    [family] 家人要在哪裡看病或住院（就醫地）？
    [staff] 參保人要在哪裡就醫（就醫地）？
   *[self] 您要在哪裡看病或住院（就醫地）？
}
iv-q-destination-help = 選就醫所在的城市或區縣。跨省就醫才需要跨省異地就醫備案。

iv-q-scheme = { $audience ->
    [family] 家人參加的是哪種醫保？
    [staff] 參保人參加的是哪種醫保？
   *[self] 您參加的是哪種醫保？
}
iv-q-scheme-help = 單位或靈活就業繳費的是職工醫保；按年繳費、城鄉居民參加的是居民醫保。
iv-opt-scheme-employee = 職工醫保
iv-opt-scheme-resident = 居民醫保

iv-q-work-status = { $audience ->
    [family] 家人現在是在職還是已退休？
    [staff] 參保人是在職還是已退休？
   *[self] 您現在是在職還是已退休？
}
iv-q-work-status-help = 指醫保上的身份：已辦理退休並享受退休人員醫保待遇的，選「退休」。
iv-opt-work-status-in-service = 在職
iv-opt-work-status-retired = 退休

iv-q-dibao = { $audience ->
    [family] 家人是否在享受參保地的城市居民最低生活保障（低保）待遇？
    [staff] 參保人是否在享受參保地的城市居民最低生活保障（低保）待遇？
   *[self] 您是否在享受參保地的城市居民最低生活保障（低保）待遇？
}
iv-q-dibao-help = 有的參保地規定，享受低保待遇的職工參保人員異地住院費用不能直接結算。

iv-q-stage = { $audience ->
    [family] 家人現在處於哪個階段？
    [staff] 參保人現在處於哪個階段？
   *[self] 您現在處於哪個階段？
}
iv-q-stage-help = 階段決定還來得及做什麼：出院結算前補辦備案仍可直接結算；已全額付費出院的只能回參保地報銷。
iv-opt-stage-before-travel = 還沒出發，或還沒住院
iv-opt-stage-admitted = 已經在外地住院，還沒出院結算
iv-opt-stage-discharged = 已經出院，費用全額自付了

iv-q-care-type = 這次是住院，還是看門診？
iv-q-care-type-help = 跨省直接結算主要是住院；普通門診和部分門診慢特病也可以；有些型別各地規定不能直接結算。
iv-opt-care-type-inpatient = 住院（精神科以外）
iv-opt-care-type-psychiatric-inpatient = 精神科住院（精神病專科醫院或綜合醫院精神科）
iv-opt-care-type-general-outpatient = 普通門診
iv-opt-care-type-chronic-outpatient = 門診慢性病、特殊病（門診慢特病）
iv-opt-care-type-emergency-observation = 急診留觀
iv-opt-care-type-home-bed = 家庭病床

iv-q-chronic-disease = 是哪一種門診慢特病？
iv-q-chronic-disease-help = 目前跨省直接結算的門診慢特病有 10 種；其他病種需回參保地按規定報銷。
iv-opt-chronic-disease-hypertension = 高血壓
iv-opt-chronic-disease-diabetes = 糖尿病
iv-opt-chronic-disease-malignant-tumour = 惡性腫瘤門診放化療
iv-opt-chronic-disease-uraemia-dialysis = 尿毒症透析
iv-opt-chronic-disease-transplant-antirejection = 器官移植術後抗排異治療
iv-opt-chronic-disease-copd = 慢性阻塞性肺疾病
iv-opt-chronic-disease-viral-hepatitis = 病毒性肝炎
iv-opt-chronic-disease-coronary-heart-disease = 冠心病
iv-opt-chronic-disease-rheumatoid-arthritis = 類風溼關節炎
iv-opt-chronic-disease-ankylosing-spondylitis = 強直性脊柱炎
iv-opt-chronic-disease-other = 其他病種

iv-q-reason = { $audience ->
    [family] 家人為什麼在外地就醫？
    [staff] 參保人為什麼在外地就醫？
   *[self] 您為什麼在外地就醫？
}
iv-q-reason-help = 這決定備案類別：長期在外地生活或工作的是長期類；轉診、急診和其他臨時外出的是臨時類。
iv-opt-reason-live-there = 長期在那裡生活（含退休後隨子女居住）
iv-opt-reason-work-posted = 單位派駐在那裡工作
iv-opt-reason-referred = 參保地醫院讓轉到那裡治療
iv-opt-reason-emergency = 在外地突發疾病或意外，需要急診搶救
iv-opt-reason-visit-for-care = 專門去那裡看病，沒有轉診

iv-q-hukou-moved = { $audience ->
    [family] 家人的戶口已經遷到就醫地了嗎？
    [staff] 參保人的戶口已遷入就醫地了嗎？
   *[self] 您的戶口已經遷到就醫地了嗎？
}
iv-q-hukou-moved-help = 戶口遷入的退休人員按「異地安置退休人員」備案；沒有遷入的按「異地長期居住人員」備案。

iv-q-months-there = { $audience ->
    [family] 家人在那裡已經或將要連續居住、工作多少個月？
    [staff] 參保人在那裡已經或將要連續居住、工作多少個月？
   *[self] 您在那裡已經或將要連續居住、工作多少個月？
}
iv-q-months-there-help = 填整數月。有的參保地要求連續居住滿一定時間才能按長期類備案。

iv-q-referral-issued = 參保地具有轉診資質的定點醫院是否已經開具轉診（轉院）證明？
iv-q-referral-issued-help = 轉診要由參保地規定的、有轉診資質的定點醫療機構開具；自己去外地看病不算轉診。

iv-q-referral-settled-before = { $audience ->
    [family] 家人是否已經憑這次轉診備案住過一次院並出院結算，現在需要再次入院？
    [staff] 參保人是否已憑這次轉診備案住院並出院結算過，現在需要再次入院？
   *[self] 您是否已經憑這次轉診備案住過一次院並出院結算，現在需要再次入院？
}
iv-q-referral-settled-before-help = 有的參保地規定，轉診人員出院結算後當次備案自動失效，再次入院要重新轉診備案。

iv-q-has-filing = { $audience ->
    [family] 家人是否已經辦好到這個地方的跨省異地就醫備案？
    [staff] 參保人是否已辦好到就醫地的跨省異地就醫備案？
   *[self] 您是否已經辦好到這個地方的跨省異地就醫備案？
}
iv-q-has-filing-help = 可在國家醫保服務平臺 App 的「異地備案」裡查詢備案記錄。
iv-q-channel = 打算怎麼辦理備案？
iv-q-channel-help = 手機上辦不用跑腿，一般下一個工作日出結果；到櫃檯一般當場辦好。
iv-opt-channel-online = 在手機上辦（國家醫保服務平臺 App 或「國家異地就醫備案」小程式）
iv-opt-channel-counter = 到參保地醫保經辦機構的櫃檯辦
iv-opt-channel-undecided = 還沒想好

iv-q-filing-action = { $audience ->
    [family] 家人已有長期備案，這次打算怎麼辦？
    [staff] 參保人已有長期備案，這次要辦什麼？
   *[self] 您已有長期備案，這次打算怎麼辦？
}
iv-q-filing-action-help = 長期備案辦好後一直有效；要換就醫地或不再需要，可以申請變更或取消，但辦理後一段時間內不能變更。
iv-opt-filing-action-keep = 繼續用：備案的就是這個就醫地
iv-opt-filing-action-change-destination = 換到這個新的就醫地（變更備案）
iv-opt-filing-action-cancel = 不再需要，要取消備案

iv-q-filing-made = 這份長期備案是哪一天辦好的？
iv-q-filing-made-help = 最早可以變更或取消的日期從這一天算起。在 App 的「備案記錄」裡可以查到。按「年-月-日」填寫，如 2026-05-31。

iv-q-filing-end = 這份備案的有效期到哪一天？
iv-q-filing-end-help = 臨時類備案有有效期，查詢備案記錄可以看到截止日期。按「年-月-日」填寫，如 2026-05-31。

iv-q-admission-date = { $audience ->
    [family] 家人是哪一天入院的？
    [staff] 參保人是哪一天入院的？
   *[self] 您是哪一天入院的？
}
iv-q-admission-date-help = 按「年-月-日」填寫，如 2026-03-15。入院日期在備案有效期內，出院晚於有效期也算有效備案。

iv-q-networked = 要去（或正在住）的醫院能跨省直接結算嗎？
iv-q-networked-help = 還沒選好醫院，或拿不準，就選「不清楚」：方案裡會告訴您怎麼查。也可以在本助手的「定點醫院」裡查。
iv-opt-networked-yes = 能，已開通跨省直接結算
iv-opt-networked-no = 不能，沒有開通
iv-opt-networked-dont-know = 不清楚，或還沒選好醫院

## 欄目名稱（核對頁與錯誤提示用）

field-answers-audience = 誰在使用
field-answers-filer = 誰來辦備案
field-answers-insured-region = 參保地
field-answers-destination = 就醫地
field-answers-scheme = 險種
field-answers-work-status = 在職或退休
field-answers-dibao = 是否享受低保
field-answers-stage = 現在到了哪一步
field-answers-care-type = 醫療型別
field-answers-chronic-disease = 門診慢特病病種
field-answers-reason = 外地就醫原因
field-answers-hukou-moved = 戶口是否遷入
field-answers-months-there = 連續居住或工作月數
field-answers-referral-issued = 是否已開轉診證明
field-answers-referral-settled-before = 轉診後已出院結算
field-answers-has-filing = 是否已經備案
field-answers-filing-end = 備案有效期截止日
field-answers-admission-date = 入院日期
field-answers-networked = 醫院能否跨省直接結算
field-answers-proxy-consent = 參保人本人同意的方式
field-answers-channel = 辦理方式
field-answers-filing-action = 已有長期備案怎麼辦
field-answers-filing-made = 長期備案辦好的日期
field-as-of = 辦理日期

## 結果

iv-out-plan = { $category }：跨省異地就醫備案方案
iv-out-plan-file-before-travel = { $category }：出發前先備案，出院時直接結算
iv-out-plan-file-before-discharge = { $category }：出院結算前補辦備案，仍可直接結算
iv-out-plan-counts-as-filed = 異地急診搶救：視同已備案，可以直接結算
iv-out-plan-already-filed = { $category }：備案有效，入院時持卡直接結算
iv-out-plan-manual-claim = 醫院不能直接結算：出院時全額付費，回{ $insured }報銷
iv-out-plan-manual-claim-paid = 已全額付費：回{ $insured }手工報銷
iv-out-plan-not-applicable = 不需要跨省異地就醫備案
iv-out-plan-change-filing = { $category }：變更或取消備案
iv-out-out-same-pool = 不需要跨省異地就醫備案
iv-out-out-within-province = 不屬於跨省異地就醫
iv-out-out-outside-network = 不能跨省直接結算
iv-out-out-dibao = 不能直接結算：享受低保待遇的職工參保人員
iv-out-out-care-not-settleable = 這類醫療費用不能跨省直接結算
iv-out-out-chronic-not-covered = 這個病種的門診費用不能跨省直接結算

iv-verdict-plan = 可以備案、直接結算
iv-verdict-not-needed = 不需要跨省備案
iv-verdict-not-available = 不能直接結算
iv-verdict-plan-file-before-travel = 先備案，出院時直接結算
iv-verdict-plan-file-before-discharge = 出院前補辦備案，直接結算
iv-verdict-plan-counts-as-filed = 急診視同已備案，直接結算
iv-verdict-plan-already-filed = 已備案，直接結算
iv-verdict-plan-manual-claim = 回{ $insured }手工報銷
iv-verdict-plan-not-applicable = 無需跨省備案
iv-verdict-plan-change-filing = 變更或取消長期備案

iv-settle-file-before-travel = 備案後，出院時在醫院直接結算：您只付自己負擔的那部分
iv-settle-file-before-discharge = 出院結算前補辦備案，出院時在醫院直接結算：您只付自己負擔的那部分
iv-settle-counts-as-filed = 急診視同已備案：出院時在醫院直接結算，您只付自己負擔的那部分
iv-settle-already-filed = 出院時在醫院直接結算：您只付自己負擔的那部分
iv-settle-manual-claim = 先全額付費，再帶單據回{ $insured }手工報銷
iv-settle-manual-claim-paid = 已經全額付費：帶齊單據回{ $insured }手工報銷
iv-settle-not-applicable = 按本地或本省的規定結算，不需要跨省備案
iv-settle-change-filing = 變更或取消備案後，按新的備案結算

iv-sec-summary = 結論
iv-sec-steps = 怎麼辦（按順序）
iv-sec-materials = 要帶的東西
iv-sec-channels = 辦理途徑
iv-sec-scope = 備案範圍
iv-sec-validity = 有效期
iv-sec-refile = 需要重新備案的情形
iv-sec-waiting = 變更與取消
iv-sec-hospital = 在醫院這樣做
iv-sec-note-restated = 本節有些內容依據的是轉述材料，沒有核對到原文。
iv-sec-note-advice = 本節有些內容是 Yidi 的辦事建議，不是政策規定。
iv-sec-note-both = 本節有些內容依據的是轉述材料（沒有核對到原文），有些是 Yidi 的辦事建議。
iv-layer-national = 國家
iv-sec-claim = 回參保地報銷
iv-sec-warnings = 注意事項

iv-source = 來源：{ $title }{ $article }
iv-source-unverified = （轉述，未核對原文）
iv-src-nhsa-2022-22 = 國家醫保局、財政部《關於進一步做好基本醫療保險跨省異地就醫直接結算工作的通知》（醫保發〔2022〕22號）
iv-src-mohrss-2017-162 = 人社部辦公廳、財政部辦公廳《關於規範跨省異地就醫住院費用直接結算有關事項的通知》（人社廳發〔2017〕162號）
iv-src-mohrss-2016-procedure = 《基本醫療保險跨省異地就醫住院醫療費用直接結算經辦規程（試行）》
iv-src-hospital-rulebook = 一家定點醫院的《異地醫保住院直接結算制度》
iv-src-seed-004-management = 異地就醫管理研究文章（論文，非政策文件）
iv-src-seed-003-emergency = 轉診與急診經辦要求（摘錄）
iv-src-yidi-rules = Yidi 整理的公開政策要點（據各地轉述）
iv-src-yidi-inference = Yidi 對類別定義的理解（請向參保地確認）
iv-src-yidi-advice = Yidi 的辦事建議（不是政策規定）
iv-rule-set = 規則版本：問答 { $flow }；{ $layers }
iv-rule-layer = { $name } { $version }（核對於 { $verified }）
iv-review-title = 請核對您的回答
iv-review-change = 修改

## 結果中的每一行

iv-line-sum-relocated-retiree = 屬於「異地安置退休人員」：退休後在{ $destination }定居，戶口已遷入。
iv-line-sum-long-term-resident = 屬於「異地長期居住人員」：在{ $destination }長期居住生活，並符合{ $insured }的條件。
iv-line-sum-posted-worker = 屬於「常駐異地工作人員」：由單位派駐{ $destination }工作，並符合{ $insured }的條件。
iv-line-sum-referral = 屬於「異地轉診人員」：由{ $insured }有轉診資質的定點醫院轉診到{ $destination }。
iv-line-sum-emergency = 屬於「異地急診搶救人員」：在外地急診搶救視同已經備案。
iv-line-sum-other-temporary = 屬於「其他臨時外出就醫人員」：沒有轉診、也不是急診，臨時到{ $destination }就醫。
iv-line-sum-below-minimum = 在那裡連續{ $months_there }個月，不足{ $insured }要求的{ $min_months }個月，暫按臨時類備案；滿期後可改辦長期類備案。
iv-line-sum-retiree-without-hukou = 戶口沒有遷入的退休人員，不按「異地安置退休人員」，而按「異地長期居住人員」備案。
iv-line-sum-resident-posted = 「常駐異地工作人員」是單位派駐的職工；居民醫保參保人在外地工作生活的，一般按「異地長期居住人員」備案，請向參保地確認。
iv-line-sum-no-referral = 沒有參保地定點醫院開具的轉診證明，不算轉診，只能按「其他臨時外出就醫人員」備案。
iv-line-why-same-pool = { $insured }和{ $destination }屬於同一個統籌區，按本地就醫辦理，不需要異地備案。
iv-line-why-within-province = { $insured }和{ $destination }在同一個省內，按本省的省內異地就醫規定辦理，不是跨省備案。
iv-line-why-outside-network = 港澳臺地區不在國家跨省異地就醫直接結算範圍內：費用先自付，回參保地按規定報銷。
iv-line-why-dibao = 按{ $layer }的規定，享受低保待遇的職工參保人員異地住院費用不能直接結算：先自付，回參保地報銷。
iv-line-why-care-psychiatric = 按{ $layer }的規定，在外地精神病專科醫院或綜合醫院精神科住院的費用不能直接結算。
iv-line-why-care-observation = 按{ $layer }的規定，急診留觀費用不能跨省直接結算。
iv-line-why-care-home-bed = 按{ $layer }的規定，家庭病床費用不能跨省直接結算。
iv-line-why-chronic-not-listed = 這個病種不在跨省直接結算的門診慢特病範圍內：門診費用先自付，回參保地按規定報銷。
iv-line-step-file-before-discharge = 已於{ $admission_date }入院，還沒有備案：在出院結算之前補辦備案（辦法見下面幾步），醫院仍可直接結算。
iv-line-step-counts-as-filed = 急診搶救視同已備案：入院時出示社保卡並說明是異地急診；如醫院要求，出院結算前補辦備案。
iv-line-step-already-filed-long = 已有的長期備案繼續有效，不用重新辦理：入院時按下面「在醫院這樣做」辦。
iv-line-step-already-filed-temporary = 已有備案有效期至{ $filing_end }：在這一天或之前入院的，即使出院晚於這一天，也能直接結算。
iv-line-step-validity-ended = 備案已於{ $filing_end }到期，而入院是在{ $admission_date }：這份備案不覆蓋這次住院。
iv-line-step-filing-expired = 備案已於{ $filing_end }到期，需要重新備案。
iv-line-step-referral-lapsed = 按{ $layer }的規定，轉診備案在出院結算後自動失效：再次入院要重新辦理轉診和備案。
iv-line-step-referral-reuse = 臨時類備案在有效期內可多次就醫：上次出院結算後，這份轉診備案仍可用於再次入院。
iv-line-step-manual-claim = 這家醫院不能跨省直接結算：出院時先全額付費，把單據全部帶走，回{ $insured }報銷（見下面「回參保地報銷」）。如病情允許，也可以考慮轉到能直接結算的醫院。
iv-line-step-not-networked-admitted = 所在醫院沒有開通跨省直接結算：出院時需全額付費，回參保地報銷；如病情允許，可考慮轉到聯網醫院。
iv-line-step-not-needed = 這次就醫不需要跨省異地就醫備案。
iv-line-mat-identity = 參保人的社會保障卡或身份證（也可以用手機上的醫保電子憑證）。
iv-line-mat-retiree-hukou = 戶口簿首頁和本人戶籍資料頁。
iv-line-mat-residence-proof = 就醫地居住證，或社群等出具的居住證明。
iv-line-mat-posting-proof = 工作單位的派出證明，或異地工作的勞動合同。
iv-line-mat-referral-certificate = 參保地有轉診資質的定點醫院開具的轉診（轉院）證明。
iv-line-mat-referral-by-hospital = 按{ $layer }的規定，在有轉診資質的定點醫院辦完轉診手續後，備案資訊由醫院上傳，不需要另外備案。
iv-line-mat-commitment = 拿不出上面的證明時：個人承諾書（在櫃檯或 App 裡簽）。
iv-line-mat-commitment-refused = { $insured }不接受以個人承諾書代替證明材料：請帶齊證明材料原件。
iv-line-warn-commitment-supply-later = 用承諾書備案的，要在{ $supply_months }個月內補交證明材料。
iv-line-warn-commitment-false = 承諾不實的，會被取消備案、追回已支付的費用，並記入信用記錄。
iv-line-mat-proxy-id = 代辦人自己的身份證或社保卡。
iv-line-step-beijing-card-district = 持社會保障卡到所屬轄區的醫保經辦機構辦理。
iv-line-step-beijing-consent = 閱讀並簽署《北京市基本醫療保險跨省異地就醫住院醫療費用直接結算知情同意書》。
iv-line-step-beijing-proxy-signature = 代辦的，知情同意書可由被委託人簽字。
iv-line-mat-changshu-long-term = 社會保障卡，以及在異地居住的證明材料（常熟不接受承諾書代替）。
iv-line-warn-weifang-commitment-false = 承諾不實的，取消備案、追回費用、記入信用記錄，並處騙取金額 2 倍以上 5 倍以下罰款。
iv-line-ch-counter = 參保地醫保經辦機構的服務櫃檯。
iv-line-ch-national-app = 國家醫保服務平臺 App 的「異地備案」。
iv-line-ch-mini-program = 微信或支付寶中的「國家異地就醫備案」小程式。
iv-line-ch-website-phone = 參保地醫保部門的網站或服務電話。
iv-line-ch-processing = 櫃檯一般當場辦結；線上一般下一個工作日、最長 2 個工作日內辦結。
iv-line-ch-changshu-counter = 各鎮（街道）勞動保障所或市社保中心醫保綜合窗口；政務服務中心週一至週六 8:30–11:30、12:30–16:30 辦理，當場辦結。
iv-line-ch-changshu-online = 「常熟智慧人社服務平臺」線上辦理，下一個工作日辦結。
iv-line-ch-changshu-find-hospital = 就醫地聯網定點醫院可在「常熟社保」公眾號查詢，或撥打就醫地「區號+12333」。
iv-line-scope-city = 備案的是就醫城市{ $destination }：那裡開通跨省直接結算的定點醫院都可以直接結算。
iv-line-scope-hospitals = 按{ $layer }的規定，備案時要選定{ $destination }的具體定點醫院，只在選定的醫院直接結算。
iv-line-val-long-term = 長期類備案辦好後長期有效，直到您申請變更或取消。
iv-line-val-temporary = 臨時類備案自{ $filing_date }起有效，至{ $valid_until }止（{ $validity_months }個月），有效期內可多次就醫。
iv-line-val-admission-counts = 只要在有效期內辦理入院，出院日期晚於有效期也算有效備案。
iv-line-val-referral-lapses = 按{ $layer }的規定，轉診備案在出院結算後自動失效。
iv-line-refile-destination = 換到其他城市就醫，要重新備案（或變更備案地）。
iv-line-refile-details = 居住地、聯絡電話等備案資訊變化時，要及時變更備案。
iv-line-refile-hospital = 更換備案的定點醫院，要重新辦理備案。
iv-line-refile-referral-again = 轉診人員在外地需要再次轉院或入院的，要重新辦理轉診備案。
iv-line-wait-change-lock = 長期備案辦好後，從{ $change_from }起才能申請變更或取消（國家規定這個期限最長{ $lock_months }個月，參保地可能更短）。
iv-line-claim-where = 交到{ $insured }的醫保經辦機構（參保地醫保服務櫃檯），按參保地的規定計算報銷金額。
iv-line-claim-documents = 要帶的原件：醫療費用發票、費用明細清單、出院記錄（出院小結）或病歷、診斷證明；有結算單的也帶著。
iv-line-claim-referral-certificate = 轉診的，帶著轉診（轉院）證明。
iv-line-claim-emergency-record = 急診的，帶著急診病歷或診斷證明。
iv-line-claim-not-filed = 沒有備案就出院全額付費的，部分參保地報銷比例會降低。
iv-line-warn-card = 沒有備案、入院登記時沒有用社保卡，是不能直接結算的兩大原因。
iv-line-warn-free = 備案不收任何費用：不要相信收費代辦。
iv-line-warn-networked-check = 請確認醫院已開通跨省異地就醫直接結算：未聯網的醫院不能直接結算，通常需全額付費後回參保地報銷。
iv-line-warn-general-outpatient = 普通門診費用只能在開通跨省門診直接結算的定點醫院或藥店直接結算。
iv-line-warn-chronic = { $disease }屬於跨省直接結算的門診慢特病；要在開通門診慢特病跨省結算的定點醫院就醫。
iv-line-warn-observation-home-bed = 急診留觀、家庭病床費用很多地方不能跨省直接結算，就醫前請向參保地確認。
iv-line-warn-psychiatric = 精神科住院費用有的參保地不能跨省直接結算，就醫前請向參保地確認。
iv-line-warn-temporary-ratio = 臨時類備案的報銷比例可能比長期類低：轉診、急診最多低 10 個百分點，其他臨時外出最多低 20 個百分點。
iv-line-warn-beijing-exclusions = 按北京市的規定，享受低保待遇的職工參保人員異地住院費用不能直接結算。
iv-line-warn-beijing-special-outpatient = 北京市知情同意書列明：精神病住院費用，以及門診特殊病、家庭病床、急診留觀等住院類費用不能直接結算。
iv-line-step-consent-family-account = 替家人在手機上辦：先在國家醫保服務平臺 App 的「親情帳戶」裡新增參保人並完成綁定，綁定時要參保人本人確認；之後用親情帳戶為參保人辦理。
iv-line-step-consent-counter = 到櫃檯代辦：帶著代辦人自己的身份證，以及參保人本人的社保卡或身份證；知情同意書或申請表可由代辦人（被委託人）簽字，具體以櫃檯要求為準。
iv-line-step-consent-not-yet = 先和參保人本人說清楚要辦什麼，得到同意：備案、報銷都以參保人本人的名義辦理，線上要本人配合綁定親情帳戶，到櫃檯要帶本人的證件。
iv-line-step-online-open = 在手機上開啟「國家醫保服務平臺」App（或微信、支付寶裡的「國家異地就醫備案」小程式），登入參保人的帳戶，進入「異地備案」。
iv-line-step-online-submit = 依次選參保地、備案類別「{ $category }」和就醫地{ $destination }，按提示填寫資訊、上傳或拍照下面列出的材料，沒有證明的可以勾選個人承諾，然後提交。
iv-line-step-online-result = 一般下一個工作日（最長 2 個工作日）出結果：在 App 的「備案記錄」裡看到「備案成功」才算辦好。
iv-line-step-counter-go = 帶齊下面「要帶的東西」，到{ $insured }的醫保經辦機構服務櫃檯（參保地的醫保服務大廳）。
iv-line-step-counter-form = 在櫃檯領取《跨省異地就醫備案表》當場填寫，連同材料交給工作人員；櫃檯一般當場辦好。
iv-line-step-counter-result = 拿好回執；回家後也可以在國家醫保服務平臺 App 的「備案記錄」裡確認「備案成功」。
iv-line-step-channel-open = 選一種辦法辦理：在手機上（國家醫保服務平臺 App，或「國家異地就醫備案」小程式，進入「異地備案」），或到{ $insured }的醫保經辦機構櫃檯。詳見下面的「辦理途徑」。
iv-line-step-then-hospital = 備案辦好後，在{ $destination }選一家已開通跨省直接結算的定點醫院；入院時按下面「在醫院這樣做」辦。
iv-line-step-paid-claim = 費用已經全額付了：不能再在醫院直接結算，要帶齊單據回{ $insured }手工報銷，步驟見下面「回參保地報銷」。
iv-line-step-change-now = 您的長期備案辦於{ $filing_made }，從{ $change_from }起可以申請變更：把就醫地改為{ $destination }，變更辦好後就在新的就醫地直接結算。
iv-line-step-change-wait = 您的長期備案辦於{ $filing_made }，要到{ $change_from }才能申請變更（{ $layer }規定辦理後{ $lock_months }個月內不能變更）。在這之前到{ $destination }就醫，先問{ $insured }醫保經辦機構能否提前變更；不能的話，費用要先自付，回參保地報銷。
iv-line-step-cancel-now = 您的長期備案辦於{ $filing_made }，從{ $change_from }起可以申請取消。取消後再到外地就醫，要重新備案。
iv-line-step-cancel-wait = 您的長期備案辦於{ $filing_made }，要到{ $change_from }才能申請取消（{ $layer }規定辦理後{ $lock_months }個月內不能取消）。
iv-line-step-change-how = 變更或取消和備案一樣辦：在國家醫保服務平臺 App 的「異地備案」裡找到這條備案記錄辦理，或到{ $insured }的醫保經辦機構櫃檯。
iv-line-mat-filing-form = 《跨省異地就醫備案表》：櫃檯領取、當場填寫；在手機上辦不用紙表。也可以用本助手的「閱讀與簽字」生成一份填好的表格帶去。
iv-line-mat-insured-card-for-proxy = 參保人本人的社會保障卡或身份證（代辦時帶原件）。
iv-line-hosp-admission = 入院時：到住院處（入院登記處）出示社保卡（或手機上的醫保電子憑證）和身份證，說「我是{ $insured }醫保，已經備案，跨省異地就醫直接結算」，請工作人員確認系統裡能查到備案。
iv-line-hosp-admission-emergency = 入院時：出示社保卡（或醫保電子憑證）和身份證，說明是「異地急診搶救，跨省直接結算」；醫院要求的，出院結算前補辦備案。
iv-line-hosp-not-found = 系統裡查不到備案：先別急著交全款。在 App 的「備案記錄」裡查一下，或打{ $insured }醫保經辦機構的電話問清楚。
iv-line-hosp-stay = 住院期間：要用目錄外（全自費）的藥品或項目，醫院會先請您簽《自費項目協議書》；不清楚就問。每天的費用清單留好。
iv-line-hosp-discharge = 出院時：再出示社保卡。結算單上應寫明醫保基金支付的金額，您只付個人負擔的部分。
iv-line-hosp-keep-papers = 把發票、費用明細清單、出院記錄（出院小結）、診斷證明和結算單都拿走、收好：核對費用或回參保地報銷都要用。
iv-line-hosp-failed = 不能直接結算時：請醫院醫保辦再試一次，問清原因；實在不行才全額付費，把上面的單據全部帶走，回{ $insured }手工報銷。
iv-line-claim-late-filing = 先問{ $insured }要不要補辦備案：有的參保地要先補辦異地就醫備案才受理報銷，沒備案的報銷比例也可能更低。補辦可以在國家醫保服務平臺 App 的「異地備案」裡辦。
iv-line-claim-copies = 原件交上去就拿不回來了：交之前把發票和費用清單各影印（或拍照）一份自己留著。出院記錄、診斷證明如果要交原件，可以先請醫院多開一份。
iv-line-claim-proxy = 替家人報銷的：帶著代辦人自己的身份證，以及參保人的身份證或社保卡。
iv-line-claim-deadline-unknown = 報銷期限：我們沒有查到{ $insured }的規定。請儘快辦理，並在遞交前問清楚期限。
iv-line-claim-estimate = 大約能報回多少：見本節最後的「大約能報回多少」，按您的情況估算（填上發票上的合計金額），以參保地審核為準。

## 在住院處出示的卡片

iv-desk-title = 請出示給住院處（入院登記處）工作人員
iv-desk-insured = 參保地
iv-desk-category = 備案類別
iv-desk-validity = 備案有效期
iv-desk-destination = 就醫地
iv-desk-valid-long-term = 長期有效
iv-desk-valid-until = 至{ $date }
iv-desk-valid-emergency = 急診搶救，視同已備案
iv-desk-valid-ask = 請在 App 的「備案記錄」裡查看
iv-desk-say = 我是{ $insured }醫保，已經辦好跨省異地就醫備案，請按跨省異地就醫直接結算辦理入院。
iv-desk-say-emergency = 我是{ $insured }醫保，這次是異地急診搶救，請按跨省異地就醫直接結算辦理。
iv-desk-ask = 請幫我確認系統裡能查到我的備案。

## 終端問答

iv-term-choose = 請輸入序號：
iv-term-enter-yes-no = 請輸入 y（是）或 n（否）：
iv-term-enter-date = 請輸入日期（年-月-日）：
iv-term-enter-number = 請輸入{ $min }到{ $max }之間的整數：
iv-term-enter-region = 請輸入地名、拼音或六位代碼：
iv-term-region-pick = 找到以下地區，請輸入序號：
iv-term-region-none = 沒有找到「{ $query }」，請換個寫法。
iv-term-keep-hint = （直接按 Enter 保留）
iv-term-back-hint = （輸入 b 返回上一題）
iv-term-review-confirm = 輸入 y 確認並查看結果，或輸入要修改的序號：
iv-term-how-paid = 怎麼結算
iv-term-basis = 依據
iv-term-input-closed = 輸入已結束，問答沒有完成。

## 錯誤

err-iv-choose-one = { $field }：請從下面幾項中選一項：{ $options }。
err-iv-not-on-path = { $field }：根據前面的回答，這個問題不適用。
err-iv-unanswered = 還有問題沒有回答：{ $field }。
err-iv-data = 問答資料有誤，無法使用：{ $detail }
err-iv-admission-after-as-of = 入院日期 { $date } 晚於辦理日期 { $as_of }：還沒發生的入院不能這樣填。還沒入院的，請把「現在到了哪一步」改為「還沒出發」。
err-iv-filing-made-after-as-of = 備案日期 { $date } 晚於辦理日期 { $as_of }：請填已經辦好的那一天。

## 方案中的關鍵日期

iv-date-filing-date = 備案日期
iv-date-valid-until = 有效期至
iv-date-change-from = 最早可以變更或取消（從這天起）

## 介面：備案指南（ui-iv-）

ui-nav-check = 備案指南
ui-iv-title = 備案指南
ui-iv-intro = 一次只問一個問題，回答完會得到一份備案方案：辦哪一類、帶什麼資料、去哪裡辦、有效期到哪天。隨時可以返回修改。
ui-iv-next = 下一步
ui-iv-back = 上一步
ui-iv-choose-first = 請先選一項，再點「下一步」。
ui-iv-restart = 從頭開始
ui-iv-date-placeholder = 年-月-日，如 2026-03-15
ui-iv-prefilled = 已依首頁選好的地區預先填上；不對的話可以重新選擇。
ui-iv-dropped = 根據剛才的修改，有些之前的回答已不再適用，已經移除。
ui-iv-review-intro = 請逐項核對。哪一項不對，點旁邊的「修改」；都對了，再查看備案方案。
ui-iv-as-of = 辦理日期（已填今天；不是今天辦的，改成那一天）。有效期從這一天算起。
ui-iv-show-plan = 查看備案方案
ui-iv-plan-label = 備案方案
ui-iv-print = 列印方案
ui-iv-edit-answers = 返回修改回答
ui-iv-checklist-hint = 可以逐項打勾；列印出來也能對照著準備。
ui-iv-your-answers = 您的回答
ui-iv-key-dates = 關鍵日期
ui-iv-category = 備案類別
ui-iv-settlement = 怎麼結算
ui-iv-saved = 備案類別、險種和階段已記下，費用估算和知情同意等頁面會直接使用，不用再填。
ui-iv-disclaimer = 本方案依公開政策整理，僅供準備資料參考；以參保地醫保經辦機構的答覆為準。
ui-iv-show-desk = 在住院處出示
ui-iv-print-card = 列印「在醫院」卡片
ui-iv-card-title = 在醫院這樣做（隨身帶著）
ui-iv-validity = 有效期
ui-iv-valid-long-term = 長期有效，直到申請變更或取消
ui-iv-ticked = 項已準備
ui-iv-basis = 依據
ui-iv-rule-set = 規則版本
ui-iv-desk-close = 返回方案
