## 險種、人員狀態、備案類別、階段

scheme-employee = 職工醫保
scheme-resident = 居民醫保
work-status-in-service = 在職
work-status-retired = 退休
category-relocated-retiree = 異地安置退休人員
category-long-term-resident = 異地長期居住人員
category-posted-worker = 常駐異地工作人員
category-referral = 異地轉診人員
category-emergency = 異地急診搶救人員
category-other-temporary = 其他臨時外出就醫人員
term-long-term = 長期異地就醫
term-temporary = 臨時外出就醫
stage-before-travel = 還沒出發或還沒住院
stage-admitted = 已在外地住院
stage-discharged = 已出院並全額付費

## 行程類別

trip-same-pool = 同一統籌區內就醫
trip-within-province = 省內異地就醫
trip-cross-province = 跨省異地就醫
trip-outside-network = 不在跨省直接結算範圍
trip-same-pool-explain = 參保地和就醫地屬於同一個統籌區，按本地就醫辦理，不需要異地備案。
trip-within-province-explain = 兩地在同一個省內，按本省的省內異地就醫規定辦理；本助手主要幫助跨省就醫。
trip-cross-province-explain = 這是跨省異地就醫：先向參保地備案，再到就醫地開通跨省結算的定點醫院持卡就醫，出院時可直接結算。
trip-outside-network-explain = 港澳臺地區不在國家跨省異地就醫直接結算範圍內，費用一般需先行墊付、回參保地按規定報銷。
trip-summary = { $insured } → { $destination }
division-level-province = 省級
division-level-prefecture = 地級
division-level-county = 縣級
