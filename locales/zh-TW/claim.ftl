## 回參保地手工報銷的材料封面（PDF 材料包的第一頁）

consent-pdf-claim-title = 回參保地手工報銷 · 材料封面
consent-pdf-claim-fill-in = （請手寫填上）
consent-pdf-claim-hospital = 就醫醫院
consent-pdf-claim-admission = 入院日期
consent-pdf-claim-discharge = 出院日期
consent-pdf-claim-paid = 已全額支付的醫療費
consent-pdf-claim-expected = 大約能報回（估算）
consent-pdf-claim-consent = 參保人本人同意的方式
consent-pdf-claim-originals = 要交的原件（交之前各影印或拍照一份留底）：
consent-pdf-claim-copies = 影印件或按參保地要求：
consent-pdf-claim-steps = 怎麼辦：
consent-pdf-claim-note = 「大約能報回」是 Yidi 按同樣情況的估算，以參保地醫保經辦機構的審核為準；報銷期限請向參保地問清楚。
consent-err-discharge-before-admission = { $field }：{ $value } 早於入院日期 { $start }，請再核對一下。
field-claim-dischargedate = 出院日期
field-claim-admissiondate = 入院日期
field-claim-amountpaid = 已全額支付的醫療費
field-claim-expectedback = 大約能報回

## 大約能報回多少（回參保地手工報銷）：Yidi 按這個人的情況估算；算不了時說清楚要填什麼

claim-back-amount = 約 { $amount }
claim-back-range = 約 { $low } – { $high } 元
claim-back-missing = 還不能估算：請先填上{ $what }。
claim-back-need-amount-paid = 已全額支付的金額（發票上的合計金額）
claim-back-need-facts = 參保地、就醫地和參保類型（在「備案指南」裡回答）
claim-back-need-work-status = 在職還是退休（在「備案指南」裡回答）
claim-back-need-hospital-level = 醫院等級（在「定點醫院」裡選定醫院，或在這裡選）
claim-back-need-age = 參保人的年齡（「家人與檔案」裡有身份證號就不用再填）
claim-back-need-admission-date = 入院日期（在「備案指南」裡回答）
claim-back-no-policy = 還不能估算：Yidi 還沒有{ $region }{ $scheme }的報銷數字。請到「費用估算」裡選「用自己查到的數字估算」，填上起付線和報銷比例，這裡就能算出來。
claim-back-basis = 這是按同樣的情況估算的：{ $region }，{ $category }，{ $level }，已付 { $paid }。
claim-back-why-range-values = 公開資料對{ $deciding }說法不一，所以是一個範圍。
claim-back-why-range-network = 不知道這家醫院是否聯網：按已聯網算約 { $networked }，按未聯網算約 { $notNetworked }。
claim-back-assumed = 只填了總額，按一般情況假設約 10% 全自費、20% 乙類；有費用明細清單的，填上全自費和乙類的金額會更準。
claim-back-not-filed = 沒有備案、也沒有補辦備案的，參保地原則上不給報銷：請先按上面的步驟補辦備案。
claim-back-home-decides = 手工報銷由參保地醫保經辦機構按參保地的規定審核，實際報回多少以審核結果為準。
field-amountpaid = 已全額支付的金額
field-birthdate = 出生日期
ui-claim-back-title = 大約能報回多少
ui-claim-back-paid = 已全額支付的金額（元，發票上的合計金額）
ui-claim-back-not-covered = 其中全自費（元，費用明細清單上有就填）
ui-claim-back-class-b = 其中乙類（元，有就填）
ui-claim-back-level = 醫院等級
ui-claim-back-level-unknown = 請選擇
ui-claim-back-age = 參保人年齡（足歲）
ui-claim-back-submit = 估算
ui-claim-back-packet = 這個數字也會印在材料包的封面上。
