## 知情同意与承诺（consent-）：阅读、签字、核验、打印

consent-translation-notice = 英文译本仅供理解，以中文原文为准。
consent-kind-informed-consent = 知情同意书
consent-kind-commitment = 个人承诺书
consent-kind-explanation = 说明
consent-role-insured = 参保人本人
consent-role-proxy = 被委托人（代办）
consent-relation-spouse = 配偶
consent-relation-child = 子女
consent-relation-parent = 父母
consent-relation-sibling = 兄弟姐妹
consent-relation-grandchild = 孙子女、外孙子女
consent-relation-other-relative = 其他亲属
consent-relation-service-staff = 社区或经办机构工作人员
consent-relation-other = 其他
consent-effective-unverified = 生效日期未经发布机关原文核实：{ $note }

## 输入错误

consent-err-id-length = { $field }应为18位（或旧版15位）身份号码，“{ $value }”有 { $length } 位。
consent-err-id-chars = { $field }只能是数字，最后一位可以是 X；“{ $value }”不符合。
consent-err-id-check = { $field }“{ $value }”的校验位不对，可能有一位数字输错了，请对照证件核对。
consent-err-id-birth-date = { $field }“{ $value }”中的出生日期 { $birth } 不是有效日期。
consent-err-id-birth-future = { $field }“{ $value }”中的出生日期 { $birth } 晚于今天（{ $asof }）。
consent-err-id-region = { $field }“{ $value }”的前六位 { $code } 不是任何时期的行政区划代码。
consent-err-unknown-text = { $field }：没有这份文本（{ $value }）。
consent-err-not-signable = { $field }：“{ $value }”是说明，只需阅读，不需签字。
consent-err-not-displayed = { $field }：请先把全文读完（滚动到底），再签字。
consent-err-obligation-unconfirmed = { $field }：还有一项没有确认：“{ $obligation }”
consent-err-fraction = { $field }的数字 { $value } 带小数；签字记录里的小数请写成文本，如 "12.5"。
consent-err-precision = { $field }的坐标 { $value } 小数位太多，最多保留 3 位。
consent-err-text-region = { $field }：{ $region }的参保人不适用《{ $title }》。
consent-err-proxy-same-person = { $field }：代办人的身份号码与参保人相同；本人签字请选择“参保人本人”。
consent-err-typed-name = { $field }：输入的姓名应与签字人姓名“{ $expected }”一致。
consent-err-signed-on = { $field }：签字日期 { $value } 应为今天（{ $today }）。
consent-err-name = { $field }：姓名最多 { $max } 个字，且不能含控制字符。
consent-err-signature-empty = { $field }：还没有签名，请在签名框内书写。
consent-err-end-before-start = { $field }：结束日期 { $value } 早于开始日期 { $start }。
consent-err-phone = { $field }：“{ $value }”不是有效的电话号码（7 到 15 位数字）。
consent-err-record-invalid = { $field }：签字记录未通过核验（{ $problem }），不能打印。
consent-err-form-other-person = { $field }：登记表上的身份号码与签字记录中的参保人不一致。
consent-err-key = 无法使用本机签名密钥：{ $detail }
consent-err-key-io = 无法读取或创建本机签名密钥 { $path }：{ $detail }
consent-err-key-malformed = { $path } 不是本程序的签名密钥文件。
consent-err-key-too-open = 签名密钥 { $path } 其他用户也能读取（权限 { $mode }），必须是 600（仅本人可读写）。
consent-err-font-io = 无法读取字体 { $path }：{ $detail }。请安装中文字体（如 Debian 的 fonts-noto-cjk），或用 --font 指定。
consent-err-font-invalid = { $path } 不是可用的字体文件。
consent-err-font-glyphs = 字体里没有这些字：{ $chars }
consent-err-font = 无法使用字体：{ $detail }
consent-err-file = 无法读写文件 { $path }：{ $detail }

## 核验结果

consent-verify-valid = 签字记录有效：签字后没有任何改动。
consent-verify-malformed = 不是完整的签字记录：{ $field }缺失或格式不对。
consent-verify-altered = { $field }在签字后被改动过。
consent-verify-added = { $field }是签字后加入的。
consent-verify-removed = { $field }在签字后被删除了。
consent-verify-seal-broken = 各栏目未见改动，但签名封印不符：签名值、公钥或摘要表被改动过。
consent-verify-text-mismatch = { $field }：记录中的文本与该版本的正式文本不一致。
consent-verify-text-unknown = { $field }：本程序不认识这份文本及版本，无法比对原文。
consent-verify-other-key = 记录是用另一把密钥封印的，不是指定设备的密钥。

## 打印材料

consent-pdf-form-title = 跨省异地就医登记备案表
consent-pdf-insured-name = 参保人姓名
consent-pdf-id-number = 公民身份号码
consent-pdf-insured-region = 参保地
consent-pdf-scheme = 险种类型
consent-pdf-category = 备案类别
consent-pdf-destination = 就医地（地市）
consent-pdf-start-date = 备案开始日期
consent-pdf-end-date = 备案结束日期
consent-pdf-end-date-open = 长期有效（变更或取消前）
consent-pdf-phone = 联系电话
consent-pdf-proxy = 代办人（姓名、身份号码、关系）
consent-pdf-applicant-signature = 申请人签字
consent-pdf-date = 日期：
consent-pdf-form-note = 本表由“异地就医备案助手”按填写内容生成，供办理时参考和核对；以参保地医保经办机构的正式表格和审核为准。
consent-pdf-insured = 参保人：
consent-pdf-signer = 签字人：
consent-pdf-relation = 与参保人关系：
consent-pdf-signer-id = 签字人身份号码：
consent-pdf-typed-name = 签字人输入的姓名：
consent-pdf-fingerprint = 电子签字记录：文本 { $id } 版本 { $version }，原文摘要 { $hash }…，设备公钥 { $key }…，签字时间 { $at }。可用 yidi consent verify 核验记录文件。
consent-pdf-checklist = 材料清单
consent-pdf-next-steps = 下一步

## 界面文字（签字页面）

ui-consent-read-title = 请阅读并确认
ui-consent-scroll-hint = 请滚动读完全文，读完后才能签字。
ui-consent-original = 原文
ui-consent-summary = 通俗解释
ui-consent-translation = 英文译本（仅供理解）
ui-consent-confirm-each = 请逐条确认：
ui-consent-signer-self = 我是参保人本人
ui-consent-signer-proxy = 我替参保人办理（代办）
ui-consent-proxy-name = 代办人姓名
ui-consent-proxy-id = 代办人身份号码
ui-consent-proxy-relation = 与参保人的关系
ui-consent-sign-here = 请在框内签名
ui-consent-clear = 重写
ui-consent-typed-name = 请输入签字人姓名
ui-consent-date = 签字日期
ui-consent-submit = 确认签字
ui-consent-print = 生成打印材料
ui-consent-verify = 核验签字记录

## 栏目名称

field-text = 文本
field-text-id = 文本编号
field-text-version = 文本版本
field-displayedfully = 全文已阅读
field-confirmedobligations = 逐条确认
field-insured = 参保人
field-insured-name = 参保人姓名
field-insured-idnumber = 参保人身份号码
field-signer = 签字人
field-signer-role = 签字人身份
field-signer-name = 签字人姓名
field-signer-idnumber = 签字人身份号码
field-signer-relation = 与参保人关系
field-typedname = 输入的姓名
field-signedon = 签字日期
field-signature = 签名
field-signature-pad = 签名框
field-signature-pad-width = 签名框宽度
field-signature-pad-height = 签名框高度
field-signature-strokes = 签名笔画
field-signature-strokes-x = 笔画点横坐标
field-signature-strokes-y = 笔画点纵坐标
field-signature-strokes-t = 笔画点时间
field-form = 登记表
field-form-insuredname = 参保人姓名
field-form-idnumber = 公民身份号码
field-form-insuredregion = 参保地
field-form-scheme = 险种类型
field-form-category = 备案类别
field-form-destination = 就医地
field-form-startdate = 备案开始日期
field-form-enddate = 备案结束日期
field-form-phone = 联系电话
field-record = 签字记录
field-checklist = 材料清单
field-nextsteps = 下一步
