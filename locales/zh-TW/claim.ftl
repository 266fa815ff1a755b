## 回參保地手工報銷的材料封面（PDF 材料包的第一頁）

consent-pdf-claim-title = 回參保地手工報銷 · 材料封面
consent-pdf-claim-fill-in = （請手寫填上）
consent-pdf-claim-yuan = { $amount } 元
consent-pdf-claim-hospital = 就醫醫院
consent-pdf-claim-admission = 入院日期
consent-pdf-claim-discharge = 出院日期
consent-pdf-claim-paid = 已全額支付的醫療費
consent-pdf-claim-expected = 大約能報回（估算）
consent-pdf-claim-consent = 參保人本人同意的方式
consent-pdf-claim-originals = 要交的原件（交之前各影印或拍照一份留底）：
consent-pdf-claim-copies = 影印件或按參保地要求：
consent-pdf-claim-steps = 怎麼辦：
consent-pdf-claim-note = 「大約能報回」是 Yidi 按同樣情況的估算，以參保地醫保經辦機構的稽核為準；報銷期限請向參保地問清楚。
consent-err-discharge-before-admission = { $field }：{ $value } 早於入院日期 { $start }，請再核對一下。
field-claim-dischargedate = 出院日期
field-claim-admissiondate = 入院日期
field-claim-amountpaid = 已全額支付的醫療費
field-claim-expectedback = 大約能報回
