## 费用估算（issue 3）：每一行、每个参数、每条提示

-fund = 医保基金

## 计算行

est-line-not-covered = 目录外费用
est-line-class-b-first = 乙类先行自付
est-line-deductible = 起付线
est-line-basic-segment = 统筹基金 第 { $index } 段
est-line-top-up = 大额/附加基金
est-line-critical-illness-segment = 大病保险 第 { $index } 段
est-line-over-cap = 超过封顶线
est-line-critical-illness-deductible = 大病保险起付线以下
est-line-nothing-paid = 基金不予支付

est-detail-not-covered = { $base } 元不在就医地目录内，全部由个人支付
est-detail-class-b-first = 乙类 { $base } 元 × 先行自付 { $ratio } = { $patient } 元（按就医地规定）
est-detail-deductible = 政策范围内费用 { $base } 元，其中起付线 { $patient } 元由个人支付
est-detail-deductible-factor = （本年度再次住院，按 { $factor } 计）
est-detail-deductible-charges = （连续住院，按 { $charges } 次计）
est-detail-segment = { $from }–{ $to } 元段：{ $base } × { $ratio } = 基金支付 { $fund } 元
est-detail-segment-open = { $from } 元以上：{ $base } × { $ratio } = 基金支付 { $fund } 元
est-detail-top-up = 超过统筹封顶线的 { $base } 元 × { $ratio } = { $fund } 元
est-detail-over-cap = { $base } 元超过封顶线，由个人支付
est-detail-critical-illness-deductible = 个人负担中有 { $base } 元在大病保险起付线以下，不予支付
est-detail-nothing-non-designated = 非定点医疗机构，{ -fund }不予支付：{ $base } 元由个人支付
est-detail-nothing-non-networked = 未联网的医疗机构不能直接结算，参保地也不予报销：{ $base } 元由个人支付
est-detail-nothing-filing = 这种备案情形参保地不予报销：{ $base } 元由个人支付
est-detail-cap-reached = ；已达封顶线

## 参数

est-param-deductible = 起付线
est-param-ratio = 支付比例
est-param-basic-cap = 统筹基金封顶线
est-param-top-up = 大额/附加基金
est-param-critical-illness = 大病保险
est-param-cross-province-cut = 临时外出就医降低比例
est-param-class-b-share = 乙类先行自付比例（就医地）

## 提示

est-warn-unverified = 本次计算用到的 { $count } 项数据尚未与原始文件核对，结果仅供参考；请以参保地医保部门公布的标准为准。
est-warn-destination-share-unknown = 没有就医地乙类先行自付比例的数据，暂按 0 计算，实际个人支付可能更多。
est-warn-cross-year = 住院跨医保年度，按 { $date } 有效的政策计算。
est-warn-manual-claim = 不能直接结算：需先全额垫付，再回参保地手工报销。
est-warn-recharge-needs-discharge = 参保地规定连续住院每满 { $days } 天重新计算起付线；未填出院日期，暂按一次计算。
est-warn-assumed = 只知道总费用：假定目录外费用占 { $notCovered }、乙类占 { $classB }。

## 场景、级别、备案

est-setting-inpatient = 住院
est-setting-outpatient-general = 普通门诊
est-setting-outpatient-chronic = 门诊慢特病
est-level-community = 社区卫生服务中心
est-level-level1 = 一级医院
est-level-level2 = 二级医院
est-level-level3 = 三级医院
est-filing-not-filed = 未备案
est-option-note-long-term = 长期备案：不降低支付比例，可直接结算
est-option-note-temporary = 临时备案：可直接结算，比例可能降低
est-option-note-not-filed = 未备案：需全额垫付后回参保地报销
est-option-note-non-designated = 非定点医疗机构：无论怎样备案，医保都不支付
est-option-note-non-networked = 未联网的医疗机构不能直接结算：需全额垫付后回参保地报销

## 费用区间（只知总额时）

est-band-low = 较低
est-band-typical = 一般
est-band-high = 较高

## 汇总与表格

est-summary = 预计个人支付 { $patient } 元，医保支付 { $fund } 元（总费用 { $total } 元）。
est-disclaimer = 这是按公开政策做的估算，不是结算结果；实际金额以医院结算单为准。
est-table-line = 项目
est-table-detail = 计算
est-table-fund = 基金支付
est-table-patient = 个人支付
est-table-total = 合计
est-table-option = 备案方式
est-table-extra = 比长期备案多付
est-table-note = 说明
est-table-band = 情形
est-table-not-covered-share = 目录外占比
est-table-class-b-share = 乙类占比
est-table-parameter = 参数
est-table-value = 取值
est-table-period = 有效期
est-table-source = 来源
est-table-verified = 已核实
est-table-verified-yes = 是
est-table-verified-no = 否（未核实）

## 输入错误

est-err-discharge-before-admission = { $field }（{ $value }）早于入院日期 { $admission }。
est-err-parts-exceed-total = { $field }：目录外费用与乙类费用合计 { $parts } 元，超过了总费用 { $total } 元。
est-err-case-file = { $field }：案例文件无法读取：{ $detail }
est-err-policy-file = { $field }：政策数据包无法读取：{ $detail }
est-err-wrong-pack = { $field }：政策数据包 { $pack } 不适用于 { $value } 的这一险种。
est-err-no-pack = { $field }：还没有 { $value } 的政策数据，无法估算。
est-err-no-pack-scheme = { $field }：还没有 { $value } { $scheme }的政策数据，无法估算。
est-err-setting-not-published = { $field }：政策数据包 { $pack } 没有“{ $value }”的标准。
est-err-date-not-covered = { $field }：{ $value } 不在政策数据包 { $pack } 的有效期内，无法估算。
est-err-no-row = { $field }：政策数据包 { $pack } 没有适用于{ $value }和这位参保人的标准。

## 栏目名称

field-insuredregion = 参保地
field-scheme = 险种
field-workstatus = 在职/退休
field-age = 年龄
field-filing = 备案类别
field-hospital = 医院
field-hospital-level = 医院等级
field-hospital-networked = 是否联网
field-hospital-designated = 是否定点
field-setting = 就医类型
field-admissiondate = 入院日期
field-dischargedate = 出院日期
field-stayofyear = 本年第几次住院
field-yeartodate = 本年已发生
field-yeartodate-coveredcost = 本年已计政策范围内费用
field-yeartodate-deductiblepaid = 本年已付起付线
field-yeartodate-fundpaid = 本年统筹基金已支付
field-yeartodate-topuppaid = 本年大额/附加基金已支付
field-yeartodate-criticalillnessbase = 本年大病保险已计个人负担
field-yeartodate-criticalillnesspaid = 本年大病保险已支付
field-bill = 费用
field-bill-total = 总费用
field-bill-notcovered = 目录外费用
field-bill-classb = 乙类费用
field-policy = 政策数据包

## 界面：费用估算页（ui-estimate-*）

ui-nav-estimate = 费用估算
ui-estimate-title = 这次看病，自己大概要付多少钱
ui-estimate-intro = 按参保地的报销政策和就医地的目录，估算医保付多少、自己付多少，以及备案和不备案差多少。这是估算，不是结算。
ui-estimate-packs-label = 目前能估算的参保地：
ui-estimate-form-label = 估算所需的情况
ui-estimate-step-person = 参保人
ui-estimate-step-place = 在哪里看病
ui-estimate-step-bill = 费用
ui-estimate-scheme = 参加的是哪种医保
ui-estimate-work-status = 在职还是退休
ui-estimate-age = 年龄（周岁）
ui-estimate-filing = 备案类别（已办的，或打算办的）
ui-estimate-filing-hint = 还没备案也可以先选打算办的类别；结果里会把几种办法放在一起比较。
ui-estimate-filing-not-filed = 不备案
ui-estimate-setting = 看病方式
ui-estimate-setting-inpatient = 住院
ui-estimate-setting-outpatient-general = 普通门诊
ui-estimate-setting-outpatient-chronic = 门诊慢特病
ui-estimate-level = 医院等级
ui-estimate-level-community = 社区卫生服务中心
ui-estimate-level-level1 = 一级医院
ui-estimate-level-level2 = 二级医院
ui-estimate-level-level3 = 三级医院
ui-estimate-networked = 医院是否开通了跨省直接结算（联网）
ui-estimate-designated = 是否医保定点医院
ui-estimate-hospital-hint = 不清楚的，可先按“是”估算，再向医院或医保部门核实。
ui-estimate-yes = 是
ui-estimate-no = 否
ui-estimate-admission = 入院日期（门诊填就诊日期）
ui-estimate-discharge = 出院日期（可不填）
ui-estimate-discharge-hint = 住院跨年或时间较长时填上，结果更准。
ui-estimate-stay = 这是今年第几次住院
ui-estimate-ytd-title = 今年已经看过病、报过销？（可不填）
ui-estimate-ytd-hint = 填上今年已计入的金额，起付线和分段会更准；不清楚就留空，按今年第一次计算。
ui-estimate-ytd-covered-cost = 今年已计入的政策范围内费用（元）
ui-estimate-ytd-deductible-paid = 今年已付的起付线（元）
ui-estimate-ytd-fund-paid = 今年统筹基金已支付（元）
ui-estimate-ytd-top-up-paid = 今年大额/附加基金已支付（元）
ui-estimate-ytd-critical-illness-base = 今年大病保险已计入的个人负担（元）
ui-estimate-ytd-critical-illness-paid = 今年大病保险已支付（元）
ui-estimate-bill-mode = 您知道哪些费用
ui-estimate-bill-total-only = 只知道大概的总额
ui-estimate-bill-detailed = 知道明细（费用清单上有目录外、乙类金额）
ui-estimate-bill-total = 总费用（元）
ui-estimate-bill-not-covered = 其中目录外（全自费）费用（元）
ui-estimate-bill-class-b = 其中乙类费用（元）
ui-estimate-bill-total-only-hint = 只填总额时，会按较低、一般、较高三种情况估一个范围。
ui-estimate-amount-placeholder = 例如 50000
ui-estimate-date-placeholder = 例如 2026-03-02（年-月-日）
ui-estimate-submit = 算一算
ui-estimate-busy = 正在计算……
ui-estimate-fix-field = 有一项需要修改，请看标红的地方。
ui-estimate-result-title = 估算结果
ui-estimate-you-pay = 您大约自己付
ui-estimate-fund-pays = 医保大约支付
ui-estimate-total = 总费用
ui-estimate-typical-note = 只知道总额：上面是“一般”情况的估算，范围见下表。
ui-estimate-unverified-badge = 数据未核实
ui-estimate-verified-badge = 数据已核实
ui-estimate-warnings-title = 请注意
ui-estimate-date-used = 按这一天有效的政策计算
ui-estimate-data-date = 数据整理核对日期
ui-estimate-band-title = 费用范围（按假定的比例）
ui-estimate-col-band = 情形
ui-estimate-col-not-covered-share = 目录外占比
ui-estimate-col-class-b-share = 乙类占比
ui-estimate-lines-title = 怎么算出来的
ui-estimate-col-item = 项目
ui-estimate-col-detail = 计算
ui-estimate-col-base = 计算基数
ui-estimate-col-ratio = 比例
ui-estimate-col-fund = 医保支付
ui-estimate-col-patient = 个人支付
ui-estimate-cap-reached = 到封顶线
ui-estimate-total-row = 合计
ui-estimate-compare-title = 备案不备案，差多少
ui-estimate-compare-intro = 同一张账单，按不同的备案方式估算：长期备案不降低报销比例；临时备案可能降低；不备案要先全额垫付，再回参保地报销。
ui-estimate-worth-label = 与不备案相比，长期备案可少付
ui-estimate-current = 您选的
ui-estimate-col-extra = 比长期备案多付
ui-estimate-direct-yes = 可直接结算
ui-estimate-direct-no = 需先垫付，再报销
ui-estimate-params-title = 用到的政策数据
ui-estimate-params-intro = 每个数字的出处、生效日期和是否已与原文核对。
ui-estimate-col-param = 参数
ui-estimate-col-value = 取值
ui-estimate-col-period = 有效期
ui-estimate-col-source = 来源
ui-estimate-col-verified = 核实情况
ui-estimate-period-ongoing = 至今
ui-estimate-verified-yes = 已核实
ui-estimate-verified-no = 未核实
ui-estimate-checked-on = 整理日期
ui-estimate-param-note = 数据整理说明
ui-estimate-print = 打印结果
ui-estimate-edit = 修改情况

## 三种联网状态、自填数字、数据出处、范围（issue 13）

est-line-temporary-first-share = 临时外出先自付
est-detail-temporary-first-share = 临时外出就医先由个人支付 { $ratio }：{ $base } × { $ratio } = { $patient } 元，其余按参保地规定报销
est-warn-cap-unknown = 没有找到参保地公布的年度最高支付限额，本次未按封顶线计算；费用很高时医保实际支付可能更少。
est-warn-own-figures = 这是按您自己填写的数字算的（不是 Yidi 整理的政策数据）；请以医保部门的通知或医院的说明为准。
est-warn-network-unknown = 不知道这家医院是否开通了跨省直接结算，所以两种情况都算了：开通了就在出院时直接结算；没开通就要先全额垫付，再回参保地报销。请向医院医保办或拨打 12393 核实。
est-range = 公开资料对有的数字说法不一：您自己大约要付 { $low } – { $high } 元，取决于适用哪一个公布的数字（{ $deciding }）。
est-outcome-networked = 如果医院已联网：出院时直接结算，您自己大约付 { $patient } 元。
est-outcome-not-networked = 如果没联网：先全额垫付 { $total } 元，再回参保地按规定报销，大约可报 { $claim } 元，自己最终约付 { $patient } 元。
est-outcome-not-networked-nothing = 如果没联网：先全额垫付 { $total } 元；按现有数据，参保地不予报销。
est-summary-manual = 不能直接结算：先全额垫付 { $total } 元，再回参保地报销约 { $fund } 元，自己最终约付 { $patient } 元。
est-option-note-not-filed-nothing = 未备案：参保地原则上不予报销（急诊另按参保地规定）
est-option-note-non-networked-nothing = 未联网的医疗机构不能直接结算，按现有数据参保地也不予报销
est-option-note-network-unknown = 若医院已联网可直接结算；若未联网，需全额垫付后回参保地报销
est-own-figures-label = { $region } · 您填写的数字
est-cut-none = 不降低
est-cut-points = 降低 { $points } 个百分点
est-cut-multiplier = 按原比例的 { $ratio }
est-cut-nothing = 不予支付
est-cut-first-share = 先自付 { $share }
est-pv-cuts = 转诊：{ $referral }；急诊：{ $emergency }；其他临时外出：{ $other }；未备案：{ $notFiled }；未联网医院：{ $nonNetworked }
est-pv-amount = { $amount } 元
est-pv-factor = ，按 { $factor } 计
est-pv-charges = ，计 { $charges } 次
est-pv-paid-this-year = ，本年已付 { $paid } 元
est-pv-with-cut = （{ $cut }）
est-pv-segment-to = { $upTo } 元以内 { $ratio }
est-pv-segment-rest = 以上 { $ratio }
est-pv-separator = ；
est-pv-no-cap = 不封顶
est-pv-unknown = 未找到公布的数字
est-pv-top-up = { $ratio }，每年最多 { $cap }
est-pv-critical-illness = 个人负担超过 { $deductible } 元的部分：{ $segments }；每年最多 { $cap }
est-pv-hardship = （按困难人员待遇：起付线减半、比例提高、不封顶）
est-kind-official = 官方页面
est-kind-official-copy = 官方原文（转载）
est-kind-hospital = 医院转述
est-kind-third-party = 第三方转述
est-kind-machine = 机器生成页面
est-kind-unsourced = 未找到出处（沿用最初整理的数字）
est-kind-user = 您填写的数字
field-ownpolicy = 您填写的政策数字
field-ownpolicy-deductible = 起付线（您填写的）
field-ownpolicy-ratiolevel3 = 三级医院报销比例（您填写的）
field-ownpolicy-ratiolevel2 = 二级医院报销比例（您填写的）
field-ownpolicy-ratiolevel1 = 一级医院报销比例（您填写的）
field-ownpolicy-ratiocommunity = 社区卫生服务中心报销比例（您填写的）
field-ownpolicy-annuallimit = 年度最高支付限额（您填写的）
field-ownpolicy-temporaryfirstshare = 临时外出先自付比例（您填写的）
field-ownpolicy-source = 数字出处（您填写的）
field-retirementdate = 退休日期
field-tier = 缴费档次
field-hardship = 困难人员（特困、低保、返贫致贫）

ui-estimate-network-yes = 已联网
ui-estimate-network-no = 未联网
ui-estimate-network-unknown = 不清楚
ui-estimate-network-hint = 不清楚就选“不清楚”：两种情况都会算给您看。
ui-estimate-outcome-networked-title = 如果医院已联网
ui-estimate-outcome-not-networked-title = 如果医院没联网
ui-estimate-outcome-pay-first = 先垫付
ui-estimate-outcome-claim = 回参保地可报
ui-estimate-outcomes-title = 医院是否联网，结果不一样
ui-estimate-outcomes-lines-note = 下面的计算过程按“已联网”计算。
ui-estimate-range-title = 数字不确定时的范围
ui-estimate-range-published = 按本数据包采用的数字
ui-estimate-range-alternative = 按另一种公布的数字
ui-estimate-own-badge = 您填写的数字
ui-estimate-own-title = 用自己查到的数字估算
ui-estimate-own-intro = 没有您参保地的政策数据，或者与您手上的通知不一样？照着参保地医保局的通知，或医院医保办告诉您的数字填在下面，一样能算。这些数字只跟着这位参保人保存。
ui-estimate-own-use = 用我自己填写的数字
ui-estimate-own-deductible = 起付线（元，每次住院）
ui-estimate-own-deductible-hint = 在参保地医保局的“住院待遇”通知里叫“起付标准”或“起付线”；医院医保办也能告诉您。
ui-estimate-own-ratio = 报销比例（%）
ui-estimate-own-ratio-hint = 通知里的“支付比例”或“报销比例”，按医院等级各一个；至少填这次医院等级的那一个。
ui-estimate-own-limit = 年度最高支付限额（元，可不填）
ui-estimate-own-limit-hint = 通知里的“最高支付限额”或“封顶线”。
ui-estimate-own-cut = 临时外出就医先自付比例（%，可不填）
ui-estimate-own-cut-hint = 参保地“异地就医”通知里对临时外出就医人员的规定，如“先自理 10%”。
ui-estimate-own-source = 数字出处（例如：某某市医保局 2025 年通知）
ui-estimate-own-offer = 还没有这个参保地的政策数据。可以用您自己查到的数字来估算：
ui-estimate-kind = 出处类型
ui-estimate-also = 同样说法的其他来源
ui-estimate-chart-split-title = 这笔钱谁来付
est-split = 总费用 { $total } 元：医保付 { $fund } 元（{ $fundShare }），您付 { $patient } 元（{ $patientShare }）。
ui-estimate-chart-options-title = 几种备案方式，您各付多少
ui-estimate-chart-band-title = 只知道总额：您自己付的范围
ui-estimate-chart-whatif-title = 如果账单是 1 / 3 / 5 / 10 万元
ui-estimate-chart-whatif-intro = 同样的情况，按一般的目录外和乙类占比估算。
ui-estimate-show-table = 看表格
ui-estimate-legend-fund = 医保付
ui-estimate-legend-patient = 您付
ui-estimate-for-comparison = 您不适用，仅作对比
ui-estimate-direct-unknown = 要看医院是否联网
ui-estimate-retirement-date = 退休日期（可不填；上海等地按退休早晚分档）
ui-estimate-tier = 缴费档次（深圳、重庆等地分一档、二档）
ui-estimate-tier-1 = 一档
ui-estimate-tier-2 = 二档
ui-estimate-hardship = 特困、低保或返贫致贫人员
ui-estimate-hardship-hint = 这些人员的大病保险起付线减半、比例提高、不封顶。
ui-estimate-direct-none = 医保不付，全部自己付
