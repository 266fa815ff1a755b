## 核對結算單（settle-）：把結算單上的數字和 Yidi 按同樣情況的估算逐項對比。

field-sheet = 結算單
field-sheet-total = 結算單上的醫療費總額
field-sheet-fundpaid = 結算單上的醫保基金支付
field-sheet-personalshare = 結算單上的個人負擔
field-sheet-notcovered = 結算單上的全自費
field-sheet-classbfirst = 結算單上的乙類先行自付
field-sheet-deductible = 結算單上的起付線

settle-err-fund-above-total = { $field }：{ $value } 元比醫療費總額 { $total } 元還多，請再核對一下。
settle-err-parts-do-not-add-up = { $field }：{ $value } 元加上醫保基金支付 { $fund } 元，不等於醫療費總額 { $total } 元。請核對這三個數字。
settle-err-parts-above-share = { $field }：{ $value } 元比其中的全自費、乙類先行自付和起付線之和 { $parts } 元還少，請再核對一下。
settle-err-total-differs = { $field }：{ $value } 元和費用清單上的總額 { $bill } 元不一樣，請以結算單為準重新填寫。

settle-col-item = 項目
settle-col-sheet = 結算單
settle-col-estimate = 估算
settle-col-difference = 差額
settle-line-total = 醫療費總額
settle-line-fund-paid = 醫保基金支付
settle-line-personal-share = 個人負擔
settle-line-not-covered = 全自費（目錄外）
settle-line-class-b-first = 乙類先行自付
settle-line-deductible = 起付線

settle-verdict-matches = 結算單和估算一致（差額都在 { $tolerance } 元以內）：醫院的計算看起來沒有問題。
settle-verdict-differs = 結算單和估算有出入：看下面差在哪一項，以及可以問醫院醫保辦什麼。

settle-cause-outside-catalogue = 結算單的全自費比費用清單多 { $amount } 元：有些項目可能按目錄外（全自費）算了。
settle-ask-outside-catalogue = 請醫保辦列出按全自費結算的項目，並出示您簽過的《自費項目協議書》；沒簽過的自費項目可以問能否重新結算。
settle-cause-class-b-first = 乙類先行自付和估算差 { $amount } 元：乙類項目要先按就醫地的比例個人付一部分，比例和哪些項目算乙類由就醫地決定。
settle-ask-class-b-first = 請醫保辦說明哪些項目按乙類結算、先行自付的比例是多少。
settle-cause-deductible-paid = 起付線比估算少 { $amount } 元：可能今年已經付過起付線（或這是今年第二次住院）。這對您有利，估算沒算進去。
settle-ask-deductible-paid = 可以問醫保辦：本年度的起付線是否已經累計扣過。
settle-cause-deductible-higher = 起付線比估算多 { $amount } 元：可能沒有按今年已付的起付線累計，或參保地的起付線標準不同。
settle-ask-deductible-higher = 請醫保辦說明起付線按哪個標準算的、是否算了今年之前的住院。
settle-cause-temporary-cut = 醫保基金支付比估算少 { $amount } 元，和「{ $label }」的估算差不多：這次可能是按這個類別結算的（臨時類備案報銷比例更低，沒備案的不能直接結算）。
settle-ask-temporary-cut = 請醫保辦查一下系統裡這次是按哪一類備案結算的；和您的備案不符時，問清楚能否重新結算。
settle-cause-not-settled = 醫保基金一毛錢都沒付：這次沒有直接結算（醫院未聯網、查不到備案，或系統故障）。
settle-ask-not-settled = 請醫保辦說明沒能直接結算的原因，能否出院前補辦備案後重新結算；實在不行，把發票、費用明細、出院記錄、診斷證明和結算單都帶走，回參保地手工報銷。
settle-cause-unexplained = 差額不在上面幾項裡：估算可能沒有用到參保地的全部規定。
settle-ask-unexplained = 請醫保辦按結算單逐項說明醫保基金支付是怎麼算出來的。

settle-note = 這是估算，用的是 Yidi 收集的政策資料（多數還沒有和原文核對）；醫院和參保地的結算以它們的系統為準。

## 界面 / UI
ui-iv-calendar = 匯出日期到行事曆（.ics）
ui-settle-open = 核對結算單
ui-settle-title = 核對結算單
ui-settle-intro = 把結算單上的數字填進來，Yidi 按同樣的情況估算一遍，逐項對比，並告訴您差在哪裡、可以問醫院醫保辦什麼。
ui-settle-stay = 這次住院
ui-settle-age = 參保人年齡（足歲）
ui-settle-level = 醫院等級
ui-settle-admission = 入院日期
ui-settle-discharge = 出院日期（可不填）
ui-settle-sheet = 結算單上的數字（元）
ui-settle-field-total = 醫療費總額
ui-settle-field-fundPaid = 醫保基金支付（合計）
ui-settle-field-personalShare = 個人負擔（合計）
ui-settle-field-notCovered = 全自費（有就填）
ui-settle-field-classBFirst = 乙類先行自付（有就填）
ui-settle-field-deductible = 起付線（有就填）
ui-settle-submit = 對比
ui-settle-col-item = 項目
ui-settle-col-sheet = 結算單
ui-settle-col-estimate = 估算
ui-settle-col-difference = 差額
ui-settle-causes = 可能的原因
ui-settle-ask = 可以問醫保辦：
ui-settle-item-not-covered = 費用明細清單上的全自費合計（有就填）

## 不知道醫院是否聯網時：結算單和哪種情況一致
settle-err-born-after-admission = { $field }：{ $value } 晚於入院日期 { $admission }，請再核對一下。
field-case-birthdate = 出生日期
settle-network-matches-networked = 不知道這家醫院是否聯網。結算單上醫保基金付了錢，和「已聯網、出院時直接結算」的情況一致（估算基金約付 { $fund }），下面按直接結算逐項對比。
settle-network-matches-not-networked = 不知道這家醫院是否聯網。結算單上醫保基金一毛錢都沒付、全部由您付，和「未聯網」的情況一致：您先付了全部 { $total }，可以回參保地手工報銷，估算大約能報回 { $back }。
settle-network-matches-neither = 不知道這家醫院是否聯網。結算單和兩種情況都對不上（聯網直接結算時基金約付 { $fund }；未聯網時基金不付，您先付全部 { $total }），下面按直接結算逐項對比。
ui-settle-networked = 醫院是否聯網（能直接結算）
ui-settle-networked-yes = 已聯網
ui-settle-networked-no = 未聯網
ui-settle-networked-unknown = 不知道
ui-settle-age-from-id = 參保人的出生日期（從身份證號讀出，用來計算年齡）：
settle-verdict-not-networked = 結算單是「未聯網、出院時全額付費」的樣子：醫保基金這次一毛錢都沒付。下面是和直接結算的逐項對比；回參保地大約能報回多少，見上面。
