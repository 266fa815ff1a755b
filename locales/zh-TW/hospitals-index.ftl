# 醫院目錄索引（hospitals/index.yidx）需要重建時的提示。
hosp-index-rebuilt = 醫院目錄的索引{ $reason }，已按 { $count } 筆記錄重新建立。
hosp-index-missing = 尚未建立
hosp-index-stale = 與已安裝的名單不一致
hosp-index-io = 無法讀取
hosp-index-truncated = 檔案不完整
hosp-index-not-an-index = 不是索引檔案
hosp-index-version = 來自另一版本的程式
hosp-index-checksum = 檔案已損毀
hosp-index-layout = 檔案結構有誤
