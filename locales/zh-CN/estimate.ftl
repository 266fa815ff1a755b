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
