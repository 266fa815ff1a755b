## 定点医药机构目录

hosp-level-3a = 三级甲等
hosp-level-3b = 三级乙等
hosp-level-3c = 三级丙等
hosp-level-3 = 三级
hosp-level-2a = 二级甲等
hosp-level-2b = 二级乙等
hosp-level-2c = 二级丙等
hosp-level-2 = 二级
hosp-level-1a = 一级甲等
hosp-level-1b = 一级乙等
hosp-level-1c = 一级丙等
hosp-level-1 = 一级
hosp-level-unrated = 未定级
hosp-level-unknown = 等级未注明

hosp-kind-general = 综合医院
hosp-kind-tcm = 中医医院
hosp-kind-specialist = 专科医院
hosp-kind-community = 基层医疗机构
hosp-kind-pharmacy = 定点零售药店
hosp-kind-unknown = 类型未注明

hosp-service-inpatient = 住院
hosp-service-outpatient = 普通门诊
hosp-service-chronic = 门诊慢特病

hosp-network-yes = 已开通跨省直接结算
hosp-network-no = 未开通跨省直接结算
hosp-network-unknown = 是否开通跨省直接结算：名单未注明

hosp-data-date = 数据日期：{ $date }
hosp-data-date-unknown = 数据日期：来源名单未注明日期
hosp-source-bundled = 内置名单：北京市定点医院（专科和中医医院、A类定点医院），来源年代较早，以医保部门最新公布为准
hosp-source-imported = 本地导入的名单
hosp-source-feed = 数据更新第 { $version } 版
hosp-synthetic-warning = 合成的测试数据，不是真实机构
hosp-distance = 距离约 { $km } 公里
hosp-import-done = 已导入 { $count } 家机构。

## 错误

hosp-err-duplicate-code = { $field }：机构代码 { $value } 在文件中重复出现。
hosp-err-synthetic-code = { $field }：代码 { $value } 属于合成测试数据，不能当作真实名单导入。
hosp-err-division-mismatch = { $field }：{ $value } 与下一级区划 { $inner } 不相符。
hosp-err-file = { $field }：无法读取文件“{ $value }”（{ $detail }）。
hosp-err-more = { $first }（另有 { $count } 处错误）

## 数据更新

hosp-update-bad-feed-url = 更新地址“{ $url }”不是 https 地址。
hosp-update-bad-key = 受信任的公钥无效，应为 64 位十六进制数字。
hosp-update-network = 无法从 { $url } 下载：{ $detail }。
hosp-update-http-status = { $url } 返回了 HTTP { $status }。
hosp-update-bad-signature = 更新清单的签名无法用受信任的公钥验证，可能被篡改。
hosp-update-bad-manifest = 更新清单格式不对：{ $detail }。
hosp-update-stale = 更新源提供的是第 { $offered } 版，比已安装的第 { $installed } 版旧，不予安装。
hosp-update-truncated = { $file } 下载不完整：只收到 { $got } 字节，应为 { $expected } 字节。
hosp-update-tampered = { $file } 与签名清单不符，可能被篡改。
hosp-update-invalid = { $file } 的内容有误：{ $detail }
hosp-update-io = 无法写入数据目录：{ $detail }。
hosp-update-kept = 当前数据未改动。
hosp-update-updated = 已更新到第 { $to } 版（发布于 { $published }）。
hosp-update-up-to-date = 已是最新的第 { $version } 版。

## 栏目名称

field-hospitals = 名单第几行
field-hospitals-code = 机构代码
field-hospitals-name = 机构名称
field-hospitals-aliases = 别名
field-hospitals-province = 省级区划
field-hospitals-city = 地级区划
field-hospitals-county = 县级区划
field-hospitals-address = 地址
field-hospitals-level = 医院等级
field-hospitals-type = 机构类型
field-hospitals-specialty = 专科
field-hospitals-inpatient = 住院联网
field-hospitals-outpatient = 普通门诊联网
field-hospitals-chronic = 门诊慢特病联网
field-hospitals-longitude = 经度
field-hospitals-latitude = 纬度
field-hospitals-confirmed = 核实日期
field-filter-region = 地区
field-filter-level = 医院等级
field-filter-kind = 机构类型
field-filter-networked = 联网结算类型
field-near = 居住地
field-file = 文件
field-feed = 更新地址
field-key = 更新公钥
