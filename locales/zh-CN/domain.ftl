## 险种、人员状态、备案类别、阶段

scheme-employee = 职工医保
scheme-resident = 居民医保
work-status-in-service = 在职
work-status-retired = 退休
category-relocated-retiree = 异地安置退休人员
category-long-term-resident = 异地长期居住人员
category-posted-worker = 常驻异地工作人员
category-referral = 异地转诊人员
category-emergency = 异地急诊抢救人员
category-other-temporary = 其他临时外出就医人员
term-long-term = 长期异地就医
term-temporary = 临时外出就医
stage-before-travel = 还没出发或还没住院
stage-admitted = 已在外地住院
stage-discharged = 已出院并全额付费

## 行程类别

trip-same-pool = 同一统筹区内就医
trip-within-province = 省内异地就医
trip-cross-province = 跨省异地就医
trip-outside-network = 不在跨省直接结算范围
trip-same-pool-explain = 参保地和就医地属于同一个统筹区，按本地就医办理，不需要异地备案。
trip-within-province-explain = 两地在同一个省内，按本省的省内异地就医规定办理；本助手主要帮助跨省就医。
trip-cross-province-explain = 这是跨省异地就医：先向参保地备案，再到就医地开通跨省结算的定点医院持卡就医，出院时可直接结算。
trip-outside-network-explain = 港澳台地区不在国家跨省异地就医直接结算范围内，费用一般需先行垫付、回参保地按规定报销。
trip-summary = { $insured } → { $destination }
division-level-province = 省级
division-level-prefecture = 地级
division-level-county = 县级
