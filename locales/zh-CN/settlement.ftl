## 核对结算单（settle-）：把结算单上的数字和 Yidi 按同样情况的估算逐项对比。

field-sheet = 结算单
field-sheet-total = 结算单上的医疗费总额
field-sheet-fundpaid = 结算单上的医保基金支付
field-sheet-personalshare = 结算单上的个人负担
field-sheet-notcovered = 结算单上的全自费
field-sheet-classbfirst = 结算单上的乙类先行自付
field-sheet-deductible = 结算单上的起付线

settle-err-fund-above-total = { $field }：{ $value } 元比医疗费总额 { $total } 元还多，请再核对一下。
settle-err-parts-do-not-add-up = { $field }：{ $value } 元加上医保基金支付 { $fund } 元，不等于医疗费总额 { $total } 元。请核对这三个数字。
settle-err-parts-above-share = { $field }：{ $value } 元比其中的全自费、乙类先行自付和起付线之和 { $parts } 元还少，请再核对一下。
settle-err-total-differs = { $field }：{ $value } 元和费用清单上的总额 { $bill } 元不一样，请以结算单为准重新填写。

settle-col-item = 项目
settle-col-sheet = 结算单
settle-col-estimate = 估算
settle-col-difference = 差额
settle-line-total = 医疗费总额
settle-line-fund-paid = 医保基金支付
settle-line-personal-share = 个人负担
settle-line-not-covered = 全自费（目录外）
settle-line-class-b-first = 乙类先行自付
settle-line-deductible = 起付线

settle-verdict-matches = 结算单和估算一致（差额都在 { $tolerance } 元以内）：医院的计算看起来没有问题。
settle-verdict-differs = 结算单和估算有出入：看下面差在哪一项，以及可以问医院医保办什么。

settle-cause-outside-catalogue = 结算单的全自费比费用清单多 { $amount } 元：有些项目可能按目录外（全自费）算了。
settle-ask-outside-catalogue = 请医保办列出按全自费结算的项目，并出示您签过的《自费项目协议书》；没签过的自费项目可以问能否重新结算。
settle-cause-class-b-first = 乙类先行自付和估算差 { $amount } 元：乙类项目要先按就医地的比例个人付一部分，比例和哪些项目算乙类由就医地决定。
settle-ask-class-b-first = 请医保办说明哪些项目按乙类结算、先行自付的比例是多少。
settle-cause-deductible-paid = 起付线比估算少 { $amount } 元：可能今年已经付过起付线（或这是今年第二次住院）。这对您有利，估算没算进去。
settle-ask-deductible-paid = 可以问医保办：本年度的起付线是否已经累计扣过。
settle-cause-deductible-higher = 起付线比估算多 { $amount } 元：可能没有按今年已付的起付线累计，或参保地的起付线标准不同。
settle-ask-deductible-higher = 请医保办说明起付线按哪个标准算的、是否算了今年之前的住院。
settle-cause-temporary-cut = 医保基金支付比估算少 { $amount } 元，和“{ $label }”的估算差不多：这次可能是按这个类别结算的（临时类备案报销比例更低，没备案的不能直接结算）。
settle-ask-temporary-cut = 请医保办查一下系统里这次是按哪一类备案结算的；和您的备案不符时，问清楚能否重新结算。
settle-cause-not-settled = 医保基金一分没付：这次没有直接结算（医院未联网、查不到备案，或系统故障）。
settle-ask-not-settled = 请医保办说明没能直接结算的原因，能否出院前补办备案后重新结算；实在不行，把发票、费用明细、出院记录、诊断证明和结算单都带走，回参保地手工报销。
settle-cause-unexplained = 差额不在上面几项里：估算可能没有用到参保地的全部规定。
settle-ask-unexplained = 请医保办按结算单逐项说明医保基金支付是怎么算出来的。

settle-note = 这是估算，用的是 Yidi 收集的政策数据（多数还没有和原文核对）；医院和参保地的结算以它们的系统为准。

## 界面 / UI
ui-iv-calendar = 导出日期到日历（.ics）
ui-settle-open = 核对结算单
ui-settle-title = 核对结算单
ui-settle-intro = 把结算单上的数字填进来，Yidi 按同样的情况估算一遍，逐项对比，并告诉您差在哪里、可以问医院医保办什么。
ui-settle-stay = 这次住院
ui-settle-age = 参保人年龄（周岁）
ui-settle-level = 医院等级
ui-settle-admission = 入院日期
ui-settle-discharge = 出院日期（可不填）
ui-settle-sheet = 结算单上的数字（元）
ui-settle-field-total = 医疗费总额
ui-settle-field-fundPaid = 医保基金支付（合计）
ui-settle-field-personalShare = 个人负担（合计）
ui-settle-field-notCovered = 全自费（有就填）
ui-settle-field-classBFirst = 乙类先行自付（有就填）
ui-settle-field-deductible = 起付线（有就填）
ui-settle-submit = 对比
ui-settle-col-item = 项目
ui-settle-col-sheet = 结算单
ui-settle-col-estimate = 估算
ui-settle-col-difference = 差额
ui-settle-causes = 可能的原因
ui-settle-ask = 可以问医保办：
ui-settle-item-not-covered = 费用明细清单上的全自费合计（有就填）

## 不知道医院是否联网时：结算单和哪种情况一致
settle-err-born-after-admission = { $field }：{ $value } 晚于入院日期 { $admission }，请再核对一下。
field-case-birthdate = 出生日期
settle-network-matches-networked = 不知道这家医院是否联网。结算单上医保基金付了钱，和“已联网、出院时直接结算”的情况一致（估算基金约付 { $fund }），下面按直接结算逐项对比。
settle-network-matches-not-networked = 不知道这家医院是否联网。结算单上医保基金一分没付、全部由您付，和“没联网”的情况一致：您先付了全部 { $total }，可以回参保地手工报销，估算大约能报回 { $back }。
settle-network-matches-neither = 不知道这家医院是否联网。结算单和两种情况都对不上（联网直接结算时基金约付 { $fund }；没联网时基金不付，您先付全部 { $total }），下面按直接结算逐项对比。
ui-settle-networked = 医院是否联网（能直接结算）
ui-settle-networked-yes = 已联网
ui-settle-networked-no = 没联网
ui-settle-networked-unknown = 不知道
ui-settle-age-from-id = 参保人的出生日期（从身份证号读出，用来算年龄）：
settle-verdict-not-networked = 结算单是“没联网、出院时全额付费”的样子：医保基金这次一分没付。下面是和直接结算的逐项对比；回参保地大约能报回多少，见上面。
