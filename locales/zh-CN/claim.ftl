## 回参保地手工报销的材料封面（PDF 材料包的第一页）

consent-pdf-claim-title = 回参保地手工报销 · 材料封面
consent-pdf-claim-fill-in = （请手写填上）
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

## 大约能报回多少（回参保地手工报销）：Yidi 按这个人的情况估算；算不了时说清楚要填什么

claim-back-amount = 约 { $amount }
claim-back-range = 约 { $low } – { $high } 元
claim-back-missing = 还不能估算：请先填上{ $what }。
claim-back-need-amount-paid = 已全额支付的金额（发票上的合计金额）
claim-back-need-facts = 参保地、就医地和参保类型（在“备案向导”里回答）
claim-back-need-work-status = 在职还是退休（在“备案向导”里回答）
claim-back-need-hospital-level = 医院等级（在“定点医院”里选定医院，或在这里选）
claim-back-need-age = 参保人的年龄（“家人与档案”里有身份证号就不用再填）
claim-back-need-admission-date = 入院日期（在“备案向导”里回答）
claim-back-no-policy = 还不能估算：Yidi 还没有{ $region }{ $scheme }的报销数字。请到“费用估算”里选“用自己查到的数字估算”，填上起付线和报销比例，这里就能算出来。
claim-back-basis = 这是按同样的情况估算的：{ $region }，{ $category }，{ $level }，已付 { $paid }。
claim-back-why-range-values = 公开资料对{ $deciding }说法不一，所以是一个范围。
claim-back-why-range-network = 不知道这家医院是否联网：按联网算约 { $networked }，按没联网算约 { $notNetworked }。
claim-back-assumed = 只填了总额，按一般情况假设约 10% 全自费、20% 乙类；有费用明细清单的，填上全自费和乙类的金额会更准。
claim-back-not-filed = 没有备案、也没有补办备案的，参保地原则上不报销：请先按上面的步骤补办备案。
claim-back-home-decides = 手工报销由参保地医保经办机构按参保地的规定审核，实际报回多少以审核结果为准。
field-amountpaid = 已全额支付的金额
field-birthdate = 出生日期
ui-claim-back-title = 大约能报回多少
ui-claim-back-paid = 已全额支付的金额（元，发票上的合计金额）
ui-claim-back-not-covered = 其中全自费（元，费用明细清单上有就填）
ui-claim-back-class-b = 其中乙类（元，有就填）
ui-claim-back-level = 医院等级
ui-claim-back-level-unknown = 请选择
ui-claim-back-age = 参保人年龄（周岁）
ui-claim-back-submit = 估算
ui-claim-back-packet = 这个数字也会印在材料包的封面上。
