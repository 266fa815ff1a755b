## 回参保地手工报销的材料封面（PDF 材料包的第一页）

consent-pdf-claim-title = 回参保地手工报销 · 材料封面
consent-pdf-claim-fill-in = （请手写填上）
consent-pdf-claim-yuan = { $amount } 元
consent-pdf-claim-hospital = 就医医院
consent-pdf-claim-admission = 入院日期
consent-pdf-claim-discharge = 出院日期
consent-pdf-claim-paid = 已全额支付的医疗费
consent-pdf-claim-expected = 大约能报回（估算）
consent-pdf-claim-consent = 参保人本人同意的方式
consent-pdf-claim-originals = 要交的原件（交之前各复印或拍照一份留底）：
consent-pdf-claim-copies = 复印件或按参保地要求：
consent-pdf-claim-steps = 怎么办：
consent-pdf-claim-note = “大约能报回”是 Yidi 按同样情况的估算，以参保地医保经办机构的审核为准；报销期限请向参保地问清楚。
consent-err-discharge-before-admission = { $field }：{ $value } 早于入院日期 { $start }，请再核对一下。
field-claim-dischargedate = 出院日期
field-claim-admissiondate = 入院日期
field-claim-amountpaid = 已全额支付的医疗费
field-claim-expectedback = 大约能报回
