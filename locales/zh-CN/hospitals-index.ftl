# 医院目录索引（hospitals/index.yidx）需要重建时的提示。
hosp-index-rebuilt = 医院目录的索引{ $reason }，已按 { $count } 条记录重新建立。
hosp-index-missing = 还没有建立
hosp-index-stale = 与已安装的名单不一致
hosp-index-io = 无法读取
hosp-index-truncated = 文件不完整
hosp-index-not-an-index = 不是索引文件
hosp-index-version = 来自另一版本的程序
hosp-index-checksum = 文件已损坏
hosp-index-layout = 文件结构有误
