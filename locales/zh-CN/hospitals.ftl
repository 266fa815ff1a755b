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
hosp-data-date-bundled = 名单年份：2020 年汇编（北京部分来自年代不详的旧名单）
hosp-list-note-bundled = 这份名单是 2020 年汇编的公开医院名单，不是医保部门公布的定点医疗机构名单，也没有写明哪家开通了跨省直接结算。选定前请在国家医保服务平台 App 查询“异地就医定点医疗机构”，或拨打就医地“区号+12333”核实。
hosp-list-note = 是否为定点医疗机构、是否开通跨省直接结算，以医保部门公布为准：可在国家医保服务平台 App 查询“异地就医定点医疗机构”，或拨打就医地“区号+12333”核实。
hosp-coverage-none = 本机名单里没有{ $region }的医院（{ $province }共有 { $provinceCount } 家）。这不代表当地没有定点医院。
hosp-coverage-some = 本机名单在{ $region }有 { $count } 家医院（{ $province }共 { $provinceCount } 家），并不齐全。
hosp-coverage-province = 本机名单在{ $region }有 { $count } 家医院，并不齐全。
hosp-row-source-seed000 = 北京市定点医院旧名单（年代不详）
hosp-row-source-3a = { $date } 年三甲医院汇编（3AHospital by Luoyun）
hosp-row-source-named = { $date } 年医院名单（wuhan2020map）
hosp-source-bundled = 内置名单：2020 年汇编的医院名单（由三级甲等医院汇编“3AHospital by Luoyun, github.com/46319943/3AHospital”（Apache-2.0）、公开的医院名单 wuhan2020map（MIT）和北京市定点医院旧名单合并而成），不是医保部门公布的定点医疗机构名单
hosp-source-imported = 本地导入的名单
hosp-source-feed = 数据更新第 { $version } 版
hosp-synthetic-warning = 合成的测试数据，不是真实机构
hosp-distance = 距离约 { $km } 公里
hosp-distance-under-one = 距离不到 1 公里
hosp-outside-destination = 这家医院在{ $place }，不在您的就医地{ $destination }。
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

## 桌面应用：定点医院查找（ui-hospitals-*）

ui-nav-hospitals = 定点医院
ui-hospitals-title = 查找定点医院
ui-hospitals-intro = 输入医院名称、拼音或拼音首字母都可以，例如“协和”“xiehe”“xhyy”。选定一家后，它的等级和所在地会用于费用估算。
ui-hospitals-search-label = 医院名称
ui-hospitals-search-placeholder = 例如：协和、xiehe、xhyy
ui-hospitals-filters = 筛选条件
ui-hospitals-region-label = 所在地区（不选则查全部地区）
ui-hospitals-level-label = 医院等级
ui-hospitals-level-any = 不限等级
ui-hospitals-level-3 = 三级医院
ui-hospitals-level-2 = 二级医院
ui-hospitals-level-1 = 一级医院
ui-hospitals-level-unrated = 未定级
ui-hospitals-kind-label = 机构类型
ui-hospitals-kind-any = 不限类型
ui-hospitals-kind-general = 综合医院
ui-hospitals-kind-tcm = 中医医院
ui-hospitals-kind-specialist = 专科医院
ui-hospitals-kind-community = 基层医疗机构
ui-hospitals-kind-pharmacy = 定点零售药店
ui-hospitals-networked-label = 只看已开通跨省直接结算的（可多选）
ui-hospitals-networked-hint = 名单没有注明是否开通的机构，勾选后不会显示。
ui-hospitals-service-inpatient = 住院
ui-hospitals-service-outpatient = 普通门诊
ui-hospitals-service-chronic = 门诊慢特病
ui-hospitals-near = 离就医地近的排在前面
ui-hospitals-near-needs-destination = 在首页选好就医地后，可以按远近排序。
ui-hospitals-results-title = 查找结果
ui-hospitals-searching = 正在查找……
ui-hospitals-none = 没有找到符合条件的医院。这份名单并不齐全，找不到不代表这家医院不是定点医院。
ui-hospitals-all-regions = 在全部地区中查找
ui-hospitals-limit-note = 最多显示 20 家。多输入几个字可以缩小范围。
ui-hospitals-sources-label = 名单来源
ui-hospitals-field-region = 所在地
ui-hospitals-field-level = 等级
ui-hospitals-field-kind = 类型
ui-hospitals-field-address = 地址
ui-hospitals-field-code = 机构编码
ui-hospitals-field-network = 跨省直接结算
ui-hospitals-field-confirmed = 最后核实
ui-hospitals-not-stated = 名单未注明
ui-hospitals-unknown-network = 名单未注明是否开通的，就医前请向医院医保办或参保地医保经办机构确认。
ui-hospitals-status-yes = 是
ui-hospitals-status-no = 否
ui-hospitals-status-unknown = 待确认
ui-hospitals-choose = 选这家医院
ui-hospitals-chosen-mark = 已选这家
ui-hospitals-chosen-title = 您选的医院
ui-hospitals-chosen-note = 费用估算会按这家医院的等级和所在地来算。
ui-hospitals-unchoose = 不选这家了
ui-hospitals-none-uncovered = 请用下面的官方渠道查到医院，再手动添加，费用估算会用到它。
ui-hospitals-official-title = 到哪里核实定点医院
ui-hospitals-official-app = 国家医保服务平台 App：查询“异地就医定点医疗机构”。
ui-hospitals-official-phone = 电话：拨打就医地“区号+12333”咨询。
ui-hospitals-network-all-unknown = 住院、普通门诊、门诊慢特病能否跨省直接结算：名单没有写，去医院前请先问清楚。
ui-hospitals-field-sources = 来源
ui-hospitals-clear = 清空
ui-hospitals-manual-open = 名单里没有？手动添加我的医院
ui-hospitals-manual-title = 手动添加医院
ui-hospitals-manual-intro = 按官方查询到的信息填写。费用估算会用这里填的等级和是否联网。
ui-hospitals-manual-name = 医院名称
ui-hospitals-manual-name-missing = 请填写医院名称。
ui-hospitals-manual-level = 医院等级
ui-hospitals-manual-level-unknown = 不清楚
ui-hospitals-manual-level-3a = 三级甲等
ui-hospitals-manual-level-3 = 三级（其他）
ui-hospitals-manual-level-2 = 二级
ui-hospitals-manual-level-1 = 一级
ui-hospitals-manual-level-unrated = 未定级
ui-hospitals-manual-networked = 住院能否跨省直接结算（是否联网）
ui-hospitals-manual-networked-yes = 能
ui-hospitals-manual-networked-no = 不能
ui-hospitals-manual-networked-unknown = 不清楚
ui-hospitals-manual-place = 医院所在地按您在首页选的就医地记录。
ui-hospitals-manual-save = 用这家医院
ui-hospitals-manual-cancel = 不添加了
ui-hospitals-manual-mark = 手动添加
ui-hospitals-chosen-networked = 住院能否跨省直接结算
ui-hospitals-chosen-networked-yes = 能
ui-hospitals-chosen-networked-no = 不能
ui-hospitals-chosen-networked-unknown = 不清楚（费用估算会把能和不能两种结果都列出来）

## 数据版本与更新源（yidi data）
data-status-feed = 政策与医院数据：第 { $version } 版，发布于 { $published }。
data-status-bundled = 政策与医院数据：程序自带的版本（尚未安装更新）。
data-problem = 已安装的数据更新中 { $file } 无法使用，这部分仍用程序自带的版本（{ $detail }）。
data-err-io = 无法读写 { $path }：{ $detail }
data-err-bad-key = { $path } 不是更新源的私钥文件。
data-err-key-too-open = { $path } 其他用户也能读取（权限 { $mode }），私钥必须是 0600。
data-err-key-exists = { $path } 已存在：密钥文件不会被覆盖。
data-err-not-newer = 第 { $version } 版不比已发布的第 { $published } 版新，不予发布。
data-err-version-exists = { $path } 已存在：已发布的版本不会被改动。
data-err-empty = { $path } 下没有可发布的数据文件。
data-err-invalid = { $file } 的内容有误：{ $detail }
