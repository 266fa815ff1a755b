## 費用估算（issue 3）：每一行、每個參數、每條提示

-fund = 醫保基金

## 計算行

est-line-not-covered = 目錄外費用
est-line-class-b-first = 乙類先行自付
est-line-deductible = 起付線
est-line-basic-segment = 統籌基金 第 { $index } 段
est-line-top-up = 大額/附加基金
est-line-critical-illness-segment = 大病保險 第 { $index } 段
est-line-over-cap = 超過封頂線
est-line-critical-illness-deductible = 大病保險起付線以下
est-line-nothing-paid = 基金不予支付

est-detail-not-covered = { $base } 元不在就醫地目錄內，全部由個人支付
est-detail-class-b-first = 乙類 { $base } 元 × 先行自付 { $ratio } = { $patient } 元（按就醫地規定）
est-detail-deductible = 政策範圍內費用 { $base } 元，其中起付線 { $patient } 元由個人支付
est-detail-deductible-factor = （本年度再次住院，按 { $factor } 計）
est-detail-deductible-charges = （連續住院，按 { $charges } 次計）
est-detail-segment = { $from }–{ $to } 元段：{ $base } × { $ratio } = 基金支付 { $fund } 元
est-detail-segment-open = { $from } 元以上：{ $base } × { $ratio } = 基金支付 { $fund } 元
est-detail-top-up = 超過統籌封頂線的 { $base } 元 × { $ratio } = { $fund } 元
est-detail-over-cap = { $base } 元超過封頂線，由個人支付
est-detail-critical-illness-deductible = 個人負擔中有 { $base } 元在大病保險起付線以下，不予支付
est-detail-nothing-non-designated = 非定點醫療機構，{ -fund }不予支付：{ $base } 元由個人支付
est-detail-nothing-non-networked = 未聯網的醫療機構不能直接結算，參保地也不予報銷：{ $base } 元由個人支付
est-detail-nothing-filing = 這種備案情形參保地不予報銷：{ $base } 元由個人支付
est-detail-cap-reached = ；已達封頂線

## 參數

est-param-deductible = 起付線
est-param-ratio = 支付比例
est-param-basic-cap = 統籌基金封頂線
est-param-top-up = 大額/附加基金
est-param-critical-illness = 大病保險
est-param-cross-province-cut = 臨時外出就醫降低比例
est-param-class-b-share = 乙類先行自付比例（就醫地）

## 提示

est-warn-unverified = 本次計算用到的 { $count } 項資料尚未與原始檔案核對，結果僅供參考；請以參保地醫保部門公佈的標準為準。
est-warn-destination-share-unknown = 沒有就醫地乙類先行自付比例的資料，暫按 0 計算，實際個人支付可能更多。
est-warn-cross-year = 住院跨醫保年度，按 { $date } 有效的政策計算。
est-warn-manual-claim = 不能直接結算：需先全額墊付，再回參保地手工報銷。
est-warn-recharge-needs-discharge = 參保地規定連續住院每滿 { $days } 天重新計算起付線；未填出院日期，暫按一次計算。
est-warn-assumed = 只知道總費用：假定目錄外費用佔 { $notCovered }、乙類佔 { $classB }。

## 場景、級別、備案

est-setting-inpatient = 住院
est-setting-outpatient-general = 普通門診
est-setting-outpatient-chronic = 門診慢特病
est-level-community = 社區衛生服務中心
est-level-level1 = 一級醫院
est-level-level2 = 二級醫院
est-level-level3 = 三級醫院
est-filing-not-filed = 未備案
est-option-note-long-term = 長期備案：不降低支付比例，可直接結算
est-option-note-temporary = 臨時備案：可直接結算，比例可能降低
est-option-note-not-filed = 未備案：需全額墊付後回參保地報銷
est-option-note-non-designated = 非定點醫療機構：無論怎樣備案，醫保都不支付
est-option-note-non-networked = 未聯網的醫療機構不能直接結算：需全額墊付後回參保地報銷

## 費用區間（只知總額時）

est-band-low = 較低
est-band-typical = 一般
est-band-high = 較高

## 彙總與表格

est-summary = 預計個人支付 { $patient } 元，醫保支付 { $fund } 元（總費用 { $total } 元）。
est-disclaimer = 這是按公開政策做的估算，不是結算結果；實際金額以醫院結算單為準。
est-table-line = 項目
est-table-detail = 計算
est-table-fund = 基金支付
est-table-patient = 個人支付
est-table-total = 合計
est-table-option = 備案方式
est-table-extra = 比長期備案多付
est-table-note = 說明
est-table-band = 情形
est-table-not-covered-share = 目錄外佔比
est-table-class-b-share = 乙類佔比
est-table-parameter = 參數
est-table-value = 取值
est-table-period = 有效期
est-table-source = 來源
est-table-verified = 已核實
est-table-verified-yes = 是
est-table-verified-no = 否（未核實）

## 輸入錯誤

est-err-discharge-before-admission = { $field }（{ $value }）早於入院日期 { $admission }。
est-err-parts-exceed-total = { $field }：目錄外費用與乙類費用合計 { $parts } 元，超過了總費用 { $total } 元。
est-err-case-file = { $field }：案例檔案無法讀取：{ $detail }
est-err-policy-file = { $field }：政策資料包無法讀取：{ $detail }
est-err-wrong-pack = { $field }：政策資料包 { $pack } 不適用於 { $value } 的這一險種。
est-err-no-pack = { $field }：還沒有 { $value } 的政策資料，無法估算。
est-err-no-pack-scheme = { $field }：還沒有 { $value } { $scheme }的政策資料，無法估算。
est-err-setting-not-published = { $field }：政策資料包 { $pack } 沒有「{ $value }」的標準。
est-err-date-not-covered = { $field }：{ $value } 不在政策資料包 { $pack } 的有效期內，無法估算。
est-err-no-row = { $field }：政策資料包 { $pack } 沒有適用於{ $value }和這位參保人的標準。

## 欄目名稱

field-insuredregion = 參保地
field-scheme = 險種
field-workstatus = 在職/退休
field-age = 年齡
field-filing = 備案類別
field-hospital = 醫院
field-hospital-level = 醫院等級
field-hospital-networked = 是否聯網
field-hospital-designated = 是否定點
field-setting = 就醫類型
field-admissiondate = 入院日期
field-dischargedate = 出院日期
field-stayofyear = 本年第幾次住院
field-yeartodate = 本年已發生
field-yeartodate-coveredcost = 本年已計政策範圍內費用
field-yeartodate-deductiblepaid = 本年已付起付線
field-yeartodate-fundpaid = 本年統籌基金已支付
field-yeartodate-topuppaid = 本年大額/附加基金已支付
field-yeartodate-criticalillnessbase = 本年大病保險已計個人負擔
field-yeartodate-criticalillnesspaid = 本年大病保險已支付
field-bill = 費用
field-bill-total = 總費用
field-bill-notcovered = 目錄外費用
field-bill-classb = 乙類費用
field-policy = 政策資料包

## 介面：費用估算頁（ui-estimate-*）

ui-nav-estimate = 費用估算
ui-estimate-title = 這次看病，自己大概要付多少錢
ui-estimate-intro = 依參保地的給付規定和就醫地的目錄，估算醫保付多少、自己付多少，以及備案和不備案差多少。這是估算，不是結算。
ui-estimate-packs-label = 目前能估算的參保地：
ui-estimate-form-label = 估算所需的情況
ui-estimate-step-person = 參保人
ui-estimate-step-place = 在哪裡看病
ui-estimate-step-bill = 費用
ui-estimate-scheme = 參加的是哪種醫保
ui-estimate-work-status = 在職還是退休
ui-estimate-age = 年齡（足歲）
ui-estimate-filing = 備案類別（已辦的，或打算辦的）
ui-estimate-filing-hint = 還沒備案也可以先選打算辦的類別；結果裡會把幾種辦法放在一起比較。
ui-estimate-filing-not-filed = 不備案
ui-estimate-setting = 看病方式
ui-estimate-setting-inpatient = 住院
ui-estimate-setting-outpatient-general = 一般門診
ui-estimate-setting-outpatient-chronic = 門診慢特病
ui-estimate-level = 醫院等級
ui-estimate-level-community = 社區衛生服務中心
ui-estimate-level-level1 = 一級醫院
ui-estimate-level-level2 = 二級醫院
ui-estimate-level-level3 = 三級醫院
ui-estimate-networked = 醫院是否開通了跨省直接結算（連線）
ui-estimate-designated = 是否醫保定點醫院
ui-estimate-hospital-hint = 不清楚的，可先按「是」估算，再向醫院或醫保部門查證。
ui-estimate-yes = 是
ui-estimate-no = 否
ui-estimate-admission = 住院日期（門診填就診日期）
ui-estimate-discharge = 出院日期（可不填）
ui-estimate-discharge-hint = 住院跨年或時間較長時填上，結果更準。
ui-estimate-stay = 這是今年第幾次住院
ui-estimate-ytd-title = 今年已經看過病、報銷過？（可不填）
ui-estimate-ytd-hint = 填上今年已計入的金額，起付線和分段會更準；不清楚就留空，按今年第一次計算。
ui-estimate-ytd-covered-cost = 今年已計入的政策範圍內費用（元）
ui-estimate-ytd-deductible-paid = 今年已付的起付線（元）
ui-estimate-ytd-fund-paid = 今年統籌基金已支付（元）
ui-estimate-ytd-top-up-paid = 今年大額／附加基金已支付（元）
ui-estimate-ytd-critical-illness-base = 今年大病保險已計入的個人負擔（元）
ui-estimate-ytd-critical-illness-paid = 今年大病保險已支付（元）
ui-estimate-bill-mode = 您知道哪些費用
ui-estimate-bill-total-only = 只知道大概的總額
ui-estimate-bill-detailed = 知道明細（費用清單上有目錄外、乙類金額）
ui-estimate-bill-total = 總費用（元）
ui-estimate-bill-not-covered = 其中目錄外（全自費）費用（元）
ui-estimate-bill-class-b = 其中乙類費用（元）
ui-estimate-bill-total-only-hint = 只填總額時，會按較低、一般、較高三種情況估一個範圍。
ui-estimate-amount-placeholder = 例如 50000
ui-estimate-date-placeholder = 例如 2026-03-02（年-月-日）
ui-estimate-submit = 算一算
ui-estimate-busy = 正在計算……
ui-estimate-fix-field = 有一項需要修改，請看標紅的地方。
ui-estimate-result-title = 估算結果
ui-estimate-you-pay = 您大約自己付
ui-estimate-fund-pays = 醫保大約支付
ui-estimate-total = 總費用
ui-estimate-typical-note = 只知道總額：上面是「一般」情況的估算，範圍見下表。
ui-estimate-unverified-badge = 資料未查證
ui-estimate-verified-badge = 資料已查證
ui-estimate-warnings-title = 請注意
ui-estimate-date-used = 按這一天有效的規定計算
ui-estimate-data-date = 資料整理查核日期
ui-estimate-band-title = 費用範圍（按假定的比例）
ui-estimate-col-band = 情形
ui-estimate-col-not-covered-share = 目錄外占比
ui-estimate-col-class-b-share = 乙類占比
ui-estimate-lines-title = 怎麼算出來的
ui-estimate-col-item = 項目
ui-estimate-col-detail = 計算
ui-estimate-col-base = 計算基數
ui-estimate-col-ratio = 比例
ui-estimate-col-fund = 醫保支付
ui-estimate-col-patient = 個人支付
ui-estimate-cap-reached = 達到封頂線
ui-estimate-total-row = 合計
ui-estimate-compare-title = 備案不備案，差多少
ui-estimate-compare-intro = 同一張帳單，按不同的備案方式估算：長期備案不降低給付比例；臨時備案可能降低；不備案要先全額墊付，再回參保地報銷。
ui-estimate-worth-label = 與不備案相比，長期備案可少付
ui-estimate-current = 您選的
ui-estimate-col-extra = 比長期備案多付
ui-estimate-direct-yes = 可直接結算
ui-estimate-direct-no = 需先墊付，再報銷
ui-estimate-params-title = 用到的政策資料
ui-estimate-params-intro = 每個數字的出處、生效日期，以及是否已與原文查核。
ui-estimate-col-param = 參數
ui-estimate-col-value = 取值
ui-estimate-col-period = 有效期間
ui-estimate-col-source = 來源
ui-estimate-col-verified = 查證情況
ui-estimate-period-ongoing = 至今
ui-estimate-verified-yes = 已查證
ui-estimate-verified-no = 未查證
ui-estimate-checked-on = 整理日期
ui-estimate-param-note = 資料整理說明
ui-estimate-print = 列印結果
ui-estimate-edit = 修改情況

## 三种联网状态、自填数字、数据出处、范围（issue 13）

est-line-temporary-first-share = 臨時外出先自付
est-detail-temporary-first-share = 臨時外出就醫先由個人支付 { $ratio }：{ $base } × { $ratio } = { $patient } 元，其餘按參保地規定報銷
est-warn-cap-unknown = 沒有找到參保地公布的年度最高支付限額，本次未按封頂線計算；費用很高時醫保實際支付可能更少。
est-warn-own-figures = 這是按您自己填寫的數字算的（不是 Yidi 整理的政策資料）；請以醫保部門的通知或醫院的說明為準。
est-warn-network-unknown = 不知道這家醫院是否開通了跨省直接結算，所以兩種情況都算了：開通了就在出院時直接結算；沒開通就要先全額墊付，再回參保地報銷。請向醫院醫保辦或撥打 12393 核實。
est-range = 公開資料對有的數字說法不一：您自己大約要付 { $low } – { $high } 元，取決於適用哪一個公布的數字（{ $deciding }）。
est-outcome-networked = 如果醫院已聯網：出院時直接結算，您自己大約付 { $patient } 元。
est-outcome-not-networked = 如果沒聯網：先全額墊付 { $total } 元，再回參保地按規定報銷，大約可報 { $claim } 元，自己最終約付 { $patient } 元。
est-outcome-not-networked-nothing = 如果沒聯網：先全額墊付 { $total } 元；按現有資料，參保地不予報銷。
est-summary-manual = 不能直接結算：先全額墊付 { $total } 元，再回參保地報銷約 { $fund } 元，自己最終約付 { $patient } 元。
est-option-note-not-filed-nothing = 未備案：參保地原則上不予報銷（急診另按參保地規定）
est-option-note-non-networked-nothing = 未聯網的醫療機構不能直接結算，按現有資料參保地也不予報銷
est-option-note-network-unknown = 若醫院已聯網可直接結算；若未聯網，需全額墊付後回參保地報銷
est-own-figures-label = { $region } · 您填寫的數字
est-cut-none = 不降低
est-cut-points = 降低 { $points } 個百分點
est-cut-multiplier = 按原比例的 { $ratio }
est-cut-nothing = 不予支付
est-cut-first-share = 先自付 { $share }
est-pv-cuts = 轉診：{ $referral }；急診：{ $emergency }；其他臨時外出：{ $other }；未備案：{ $notFiled }；未聯網醫院：{ $nonNetworked }
est-pv-amount = { $amount } 元
est-pv-factor = ，按 { $factor } 計
est-pv-charges = ，計 { $charges } 次
est-pv-paid-this-year = ，本年已付 { $paid } 元
est-pv-with-cut = （{ $cut }）
est-pv-segment-to = { $upTo } 元以內 { $ratio }
est-pv-segment-rest = 以上 { $ratio }
est-pv-separator = ；
est-pv-no-cap = 不封頂
est-pv-unknown = 未找到公布的數字
est-pv-top-up = { $ratio }，每年最多 { $cap }
est-pv-critical-illness = 個人負擔超過 { $deductible } 元的部分：{ $segments }；每年最多 { $cap }
est-pv-hardship = （按困難人員待遇：起付線減半、比例提高、不封頂）
est-kind-official = 官方頁面
est-kind-official-copy = 官方原文（轉載）
est-kind-hospital = 醫院轉述
est-kind-third-party = 第三方轉述
est-kind-machine = 機器生成頁面
est-kind-unsourced = 未找到出處（沿用最初整理的數字）
est-kind-user = 您填寫的數字
field-ownpolicy = 您填寫的政策數字
field-ownpolicy-deductible = 起付線（您填寫的）
field-ownpolicy-ratiolevel3 = 三級醫院報銷比例（您填寫的）
field-ownpolicy-ratiolevel2 = 二級醫院報銷比例（您填寫的）
field-ownpolicy-ratiolevel1 = 一級醫院報銷比例（您填寫的）
field-ownpolicy-ratiocommunity = 社區衛生服務中心報銷比例（您填寫的）
field-ownpolicy-annuallimit = 年度最高支付限額（您填寫的）
field-ownpolicy-temporaryfirstshare = 臨時外出先自付比例（您填寫的）
field-ownpolicy-source = 數字出處（您填寫的）
field-retirementdate = 退休日期
field-tier = 繳費檔次
field-hardship = 困難人員（特困、低保、返貧致貧）

ui-estimate-network-yes = 已聯網
ui-estimate-network-no = 未聯網
ui-estimate-network-unknown = 不清楚
ui-estimate-network-hint = 不清楚就選「不清楚」：兩種情況都會算給您看。
ui-estimate-outcome-networked-title = 如果醫院已聯網
ui-estimate-outcome-not-networked-title = 如果醫院沒聯網
ui-estimate-outcome-pay-first = 先墊付
ui-estimate-outcome-claim = 回參保地可報
ui-estimate-outcomes-title = 醫院是否聯網，結果不一樣
ui-estimate-outcomes-lines-note = 下面的計算過程按「已聯網」計算。
ui-estimate-range-title = 數字不確定時的範圍
ui-estimate-range-published = 按本資料包採用的數字
ui-estimate-range-alternative = 按另一種公布的數字
ui-estimate-own-badge = 您填寫的數字
ui-estimate-own-title = 用自己查到的數字估算
ui-estimate-own-intro = 沒有您參保地的政策資料，或者與您手上的通知不一樣？照著參保地醫保局的通知，或醫院醫保辦告訴您的數字填在下面，一樣能算。這些數字只跟著這位參保人保存。
ui-estimate-own-use = 用我自己填寫的數字
ui-estimate-own-deductible = 起付線（元，每次住院）
ui-estimate-own-deductible-hint = 在參保地醫保局的「住院待遇」通知裡叫「起付標準」或「起付線」；醫院醫保辦也能告訴您。
ui-estimate-own-ratio = 報銷比例（%）
ui-estimate-own-ratio-hint = 通知裡的「支付比例」或「報銷比例」，按醫院等級各一個；至少填這次醫院等級的那一個。
ui-estimate-own-limit = 年度最高支付限額（元，可不填）
ui-estimate-own-limit-hint = 通知裡的「最高支付限額」或「封頂線」。
ui-estimate-own-cut = 臨時外出就醫先自付比例（%，可不填）
ui-estimate-own-cut-hint = 參保地「異地就醫」通知裡對臨時外出就醫人員的規定，如「先自理 10%」。
ui-estimate-own-source = 數字出處（例如：某某市醫保局 2025 年通知）
ui-estimate-own-offer = 還沒有這個參保地的政策資料。可以用您自己查到的數字來估算：
ui-estimate-kind = 出處類型
ui-estimate-also = 同樣說法的其他來源
ui-estimate-chart-split-title = 這筆錢誰來付
est-split = 總費用 { $total } 元：醫保付 { $fund } 元（{ $fundShare }），您付 { $patient } 元（{ $patientShare }）。
ui-estimate-chart-options-title = 幾種備案方式，您各付多少
ui-estimate-chart-band-title = 只知道總額：您自己付的範圍
ui-estimate-chart-whatif-title = 如果帳單是 1 / 3 / 5 / 10 萬元
ui-estimate-chart-whatif-intro = 同樣的情況，按一般的目錄外和乙類佔比估算。
ui-estimate-show-table = 看表格
ui-estimate-legend-fund = 醫保付
ui-estimate-legend-patient = 您付
ui-estimate-for-comparison = 您不適用，僅作對比
ui-estimate-direct-unknown = 要看醫院是否聯網
ui-estimate-retirement-date = 退休日期（可不填；上海等地按退休早晚分檔）
ui-estimate-tier = 繳費檔次（深圳、重慶等地分一檔、二檔）
ui-estimate-tier-1 = 一檔
ui-estimate-tier-2 = 二檔
ui-estimate-hardship = 特困、低保或返貧致貧人員
ui-estimate-hardship-hint = 這些人員的大病保險起付線減半、比例提高、不封頂。
ui-estimate-direct-none = 醫保不付，全部自己付
