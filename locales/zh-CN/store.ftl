## 家人与备案档案（store）：出错信息

case-err-wrong-passphrase = 密码不对，无法打开。数据没有改动，请再试一次。
case-err-need-passphrase = 需要输入密码：这台电脑上没有可用的系统钥匙串来保存钥匙。
case-err-export-need-passphrase = 这个案例文件是加密的：请输入导出它的人另外告诉您的文件密码（不是本机档案的密码）。
case-err-export-wrong-passphrase = 文件密码不对，无法打开这个案例文件。请向导出它的人核对；本机数据没有改动。
field-import-passphrase = 文件密码
case-err-read-only = 无法写入“{ $path }”：所在的磁盘或文件夹是只读的。已保存的内容没有丢失；请换一个可写的位置，或检查权限。
case-err-disk-full = 磁盘已满，没能保存到“{ $path }”。已保存的内容没有丢失；请腾出空间后再保存。
case-err-io = 读写“{ $path }”时出错：{ $detail }。已保存的内容没有改动。
case-err-corrupt = “{ $path }”不是可读的备案档案，或已损坏（{ $detail }）。请勿删除它，可先从导出的文件恢复。
case-err-too-new = 这份档案由较新版本的助手保存（格式 { $found }），本版本最高支持格式 { $supported }。请先升级助手。
case-err-person-not-found = 找不到这位家人（编号 { $id }）。
case-err-case-not-found = 找不到这份备案档案（编号 { $id }）。
case-err-conflict = 这份档案刚被别处修改过（您打开的是第 { $expected } 版，现在是第 { $found } 版）。请重新打开后再改。
case-err-qr-too-large = 内容有 { $bytes } 字节，一个二维码最多放 { $max } 字节。请改用导出文件。
case-err-not-an-export = 这不是本助手导出的档案文件（{ $detail }）。
case-err-no-store = 在 { $path } 没有找到本程序的档案文件。请检查路径是否写错；要新建，请先运行 yidi case init。
case-err-database = 档案数据库出错：{ $detail }。
case-err-too-long = { $field }太长了，最多 { $max } 个字。
case-err-not-an-id-number = { $field }应为 18 位身份证号码（最后一位可以是 X），“{ $value }”不是。
case-err-id-birth-date = { $field }中的出生日期不存在：“{ $value }”。
case-err-id-checksum = { $field }“{ $value }”的校验位不对，按前 17 位算应为 { $expected }。请核对是否抄错。
case-err-not-a-phone = { $field }应为 5 到 15 位数字的电话号码，“{ $value }”不是。
case-err-end-before-start = { $field }（{ $end }）早于生效日期（{ $start }）。
case-err-bad-name = { $field }“{ $value }”只能用小写英文字母、数字和下划线，且以字母开头。
case-err-bad-id = { $field }“{ $value }”不是有效的编号：只能用 1 到 64 个英文字母、数字、“-”或“_”。
case-err-one-self = { $field }：“本人”只能有一位；请把这位家人设为其他关系。
case-err-not-in-desk-mode = { $field }：现在不是柜台服务模式，请先开始柜台服务模式。
case-err-current-passphrase = { $field }不对，密码没有改。
case-err-desk-no-passphrase = { $field }：柜台服务模式没有密码可改。
case-err-plain-with-passphrase = { $field }：已设了密码，又选了不加密；请只选一种。

## 关系

case-relation-self = 本人
case-relation-mother = 母亲
case-relation-father = 父亲
case-relation-spouse = 配偶
case-relation-child = 子女
case-relation-other = 其他

## 提醒

case-reminder-validity-ends = { $person }的备案将于 { $date } 到期，还有 { $days } 天。
case-reminder-validity-ends-today = { $person }的备案今天（{ $date }）到期。
case-reminder-validity-ended = { $person }的备案已于 { $date } 到期（{ $days } 天前）。下次就医前请重新备案。
case-reminder-change-opens = { $person }的备案从 { $date } 起可以变更或取消，还有 { $days } 天。
case-reminder-change-opens-today = 从今天（{ $date }）起，{ $person }的备案可以变更或取消。

## 导入与柜台服务模式

case-import-created = 已新建
case-import-updated = 已更新为较新的版本
case-import-kept-local = 本机已有相同或更新的版本，未改动
case-desk-wiped = 已清除上一位的信息：{ $people } 人、{ $cases } 份档案、{ $files } 个临时文件。
case-unlocked-keyring = 已用系统钥匙串打开
case-unlocked-passphrase = 已用密码打开
case-unlocked-ephemeral = 柜台服务模式：只在内存中，不写入磁盘

## 界面

ui-case-people-title = 家人
ui-case-add-person = 添加家人
ui-case-switch-person = 切换到
ui-case-me = 我
ui-case-owner-title = 我的身份信息（代办时使用）
ui-case-owner-hint = 只存一份；替家人代办时自动带出，不必每次重填。
ui-case-save = 保存
ui-case-saved = 已保存
ui-case-delete = 删除
ui-case-reminders-title = 提醒
ui-case-no-reminders = 近期没有需要留意的日期。
ui-case-export = 导出档案文件
ui-case-export-hint = 文件用您设定的密码加密；请另外告诉对方密码，不要和文件放在一起发送。
ui-case-export-plain = 不加密导出（仅供自己保存）
ui-case-import = 导入档案文件
ui-case-qr = 生成二维码
ui-case-qr-hint = 二维码只带预填答案，不含身份证号和电话。
ui-case-qr-include-name = 二维码里包含姓名
ui-case-passphrase = 密码
ui-case-passphrase-hint = 忘记密码将无法打开档案，请牢记。
ui-case-desk-start = 开始柜台服务模式
ui-case-desk-hint = 共用电脑：信息只保存在内存里，不写入磁盘。
ui-case-desk-next = 下一位
ui-case-desk-keep = 帮他保存（导出到他的U盘）
ui-case-desk-print = 打印材料
ui-case-desk-end = 结束柜台服务模式
ui-case-desk-timeout = 长时间无操作，已自动清除上一位的信息。
ui-nav-people = 家人与档案
ui-case-unlock-title = 打开家人档案
ui-case-unlock-hint = 档案加密保存在这台电脑上，请输入您设定的密码。
ui-case-create-title = 设一个密码来保护家人档案
ui-case-create-hint = 档案里有姓名、身份证号等信息，会加密保存在这台电脑上；以后每次打开都要输入这个密码。
ui-case-passphrase-again = 再输入一遍密码
ui-case-passphrase-mismatch = 两次输入的密码不一样，请重新输入。
ui-case-unlock = 打开
ui-case-create = 创建并打开
ui-case-edit = 修改
ui-case-current = 当前选中
ui-case-relation = 关系
ui-case-label = 称呼（如“妈妈”）
ui-case-name = 姓名
ui-case-id-number = 身份证号码
ui-case-phone = 电话
ui-case-cancel = 取消
ui-case-optional = 可不填
ui-case-no-people = 还没有添加家人。先添加要办理备案的人，比如“我”“妈妈”“爸爸”。
ui-case-choose-person = 请在上面的名单里点“切换到”，选择要办理的人。
ui-case-cases-title = 备案档案
ui-case-no-cases = 这位家人还没有保存的备案档案。
ui-case-save-situation = 把当前情况存为档案
ui-case-save-situation-hint = 会保存各页面里已选的参保地、就医地、备案类别和医院，以及下面的日期。
ui-case-update-situation = 更新这份档案
ui-case-dates-title = 备案日期（办好备案后填写，到期前提醒您）
ui-case-validity-start = 备案生效日期
ui-case-validity-end = 有效期至（临时备案）
ui-case-change-from = 最早可变更或取消日（长期备案）
ui-case-notify-days = 提前几天提醒
ui-case-date-hint = 例：2026-08-31
ui-case-open = 用这份档案继续
ui-case-opened = 已把这份档案的情况带入各页面。
ui-case-exported-to = 已导出到：
ui-case-import-passphrase = 文件密码（导出的人另外告诉您的）
ui-case-import-person = 家人：
ui-case-import-case = 档案：
ui-case-choose-file = 选择档案文件
ui-case-proxy = 代办人（我）：
ui-case-handoff-title = 导出给家人或带到窗口
ui-case-desk-banner = 柜台服务模式：什么都不保存
ui-case-desk-idle-hint = 一段时间无人操作会自动清除。接待完一位，请点“下一位”。
ui-case-desk-served = 本次已接待
ui-case-notify-title = 异地就医备案提醒
ui-case-close = 关闭
ui-case-valid-until = 有效期至

## 栏目名称

field-passphrase = 密码
field-file-name = 文件名
field-person = 家人
field-person-uid = 家人编号
field-person-relation = 关系
field-person-label = 称呼
field-person-identity = 身份信息
field-person-identity-name = 姓名
field-person-identity-id-number = 身份证号码
field-person-identity-phone = 电话
field-person-identity-signature = 签名
field-owner = 我的身份信息
field-owner-name = 我的姓名
field-owner-id-number = 我的身份证号码
field-owner-phone = 我的电话
field-owner-signature = 我的签名
field-case-uid = 档案编号
field-case-person-uid = 档案所属家人
field-case-revision = 档案版本
field-case-expected-revision = 打开时的档案版本
field-case-category = 备案类别
field-case-insured-region = 参保地
field-case-destination = 就医地
field-case-validity-start = 备案生效日期
field-case-validity-end = 有效期至
field-case-change-from = 最早可变更或取消日
field-person-facts = 有关参保人的情况
field-case-notify-days = 提前提醒天数
field-case-by-proxy = 是否代办
field-case-documents = 档案内容
field-file-format = 文件格式
field-file-version = 文件版本
field-file-encryption = 加密方式
field-file-content = 文件内容
field-file-kdf = 密钥参数
field-file-salt = 密钥盐值
field-file-sealed = 加密内容
field-prefill-format = 二维码格式
field-prefill-version = 二维码版本
field-prefill-relation = 关系
field-prefill-name = 姓名
field-reminders-as-of = 查询日期
field-desk-idle-minutes = 无操作自动清除（分钟）
field-export-path = 导出位置
field-desk = 柜台服务模式
field-store-passphrase = 密码
field-store-current = 现在的密码
field-export-case-uid = 要导出的档案
field-export-passphrase = 导出密码
field-export-plain = 不加密导出

## 恢复码
field-recovery-code = 恢复码
case-err-wrong-recovery-code = { $field }不对，无法打开。请对照打印的纸逐组核对；数据没有改动。
case-err-not-a-recovery-code = { $field }应为 30 个字母和数字（6 组，每组 5 个），请对照打印的纸重新输入。
case-err-no-recovery-code = { $field }：这个档案建立时还没有恢复码，只能用密码打开。
case-unlocked-recovery-code = 已用恢复码打开
