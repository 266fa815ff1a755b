## Schemes, work status, filing categories, stages

scheme-employee = Employee medical insurance
scheme-resident = Resident medical insurance
work-status-in-service = In work
work-status-retired = Retired
category-relocated-retiree = Retiree relocated elsewhere
category-long-term-resident = Long-term resident elsewhere
category-posted-worker = Worker posted elsewhere
category-referral = Referred to another province
category-emergency = Emergency care while away
category-other-temporary = Other temporary care away
term-long-term = Long-term care elsewhere
term-temporary = Temporary care away
stage-before-travel = Not yet travelled or admitted
stage-admitted = Already in hospital elsewhere
stage-discharged = Discharged after paying in full

## Journey scope

trip-same-pool = Care within your own pooling region
trip-within-province = Care elsewhere in the same province
trip-cross-province = Cross-province care
trip-outside-network = Outside cross-province direct settlement
trip-same-pool-explain = Both places are in the same pooling region: this is local care and needs no filing.
trip-within-province-explain = Both places are in the same province, so your province’s own rules for care elsewhere in the province apply; this assistant is mainly for care in another province.
trip-cross-province-explain = This is cross-province care: file with your insured region first, then use your card at a designated hospital there that is networked for cross-province settlement, and settle the bill directly at discharge.
trip-outside-network-explain = Hong Kong, Macao and Taiwan are outside the national cross-province direct settlement network: you usually pay first and claim at home under your region’s rules.
trip-summary = { $insured } → { $destination }
division-level-province = Province level
division-level-prefecture = Prefecture level
division-level-county = County level
