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
