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
