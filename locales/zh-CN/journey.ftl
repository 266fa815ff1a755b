## 旅程：办理对象、下一步、设置、开始页

ui-person-bar-label = 办理对象
ui-person-bar-prefix = 正在为：
ui-person-bar-suffix = 办理
ui-person-bar-none = 还没有选择为谁办理。
ui-person-bar-switch = 切换
ui-person-bar-choose = 选择家人

ui-next-step-label = 下一步
ui-next-step-title = 下一步
ui-next-step-check = 开始备案向导
ui-next-step-check-hint = 回答几个问题，弄清该办哪一类备案、带什么材料。
ui-next-step-hospitals = 选定就医的医院
ui-next-step-hospitals-hint = 查一查医院是否开通了跨省直接结算。
ui-next-step-estimate = 估算费用
ui-next-step-estimate-hint = 看看医保大约报多少，自己大约付多少。
ui-next-step-consent = 阅读并签署告知承诺书
ui-next-step-consent-hint = 逐条阅读，签字后保存并打印备案材料。
ui-next-step-people = 保存到家人档案
ui-next-step-people-hint = 方案和日期存到这个人的档案里，到期前会提醒您。
ui-next-step-people-desk = 结束本位办理
ui-next-step-people-desk-hint = 打印材料交给办事人，再点“下一位”：本位的所有资料都会清除。
ui-next-step-people-after-trip = 保存到家人档案
ui-next-step-people-after-trip-hint = 已经出院：把这次的方案和日期存到这个人的档案里，回参保地报销要带的材料也在方案里。

ui-settings = 设置
ui-settings-title = 设置
ui-settings-close = 关闭
ui-settings-lang = 语言
ui-settings-elder = 大字模式（长辈模式）
ui-settings-elder-hint = 字更大、按钮更大，适合长辈使用。

ui-start-self = 为自己办 →
ui-start-family = 替家人办 →
ui-start-staff = 开始柜台服务模式 →
ui-start-title = 从这里开始

ui-consent-summary-title = 请核对参保人和签字人
ui-consent-summary-hint = 以下信息来自家人档案，不必再填。不对的话点“修改”。
ui-consent-summary-change = 修改

ui-packet-open = 打开 PDF
ui-packet-print = 打印
ui-packet-reveal = 显示所在文件夹
ui-packet-print-hint = PDF 打开后，在查看器里选“打印”。
ui-packet-open-failed = 没能打开：
ui-packet-tech = 技术信息

ui-unlock-show = 显示密码
ui-unlock-strength-weak = 密码太短：至少 8 个字，汉字、字母、数字都可以。
ui-unlock-strength-fair = 还可以。再长一点（12 个字以上）或混用汉字、字母、数字会更安全。
ui-unlock-strength-strong = 很好，这个密码不容易被猜到。
ui-unlock-forgot = 忘记密码怎么办？
ui-unlock-forgot-cannot = 档案用这个密码加密，只存在这台电脑上。没有密码、设置时打印的恢复码（或系统钥匙串里的钥匙），谁都打不开，本助手的开发者也不能。
ui-unlock-forgot-can = 不受影响的：已经在医保部门办好的备案；已保存的 PDF 打印材料和签字记录（在“下载”文件夹）；导出给家人的档案文件（用导出时另设的密码打开）。
ui-unlock-forgot-start-over = 实在想不起来：可以删除档案文件后重新开始，再把家人和情况重新填一遍，或导入以前导出的档案文件。

ui-error-summary-title = 请先改正下面的问题
ui-date-year = 年
ui-date-month = 月
ui-date-day = 日

## 恢复码（设置时显示一次）
ui-recovery-title = 您的恢复码
ui-recovery-what = 忘记密码时，用这个恢复码也能打开档案，并设一个新密码。
ui-recovery-warning = 本助手不保存您的密码，也不保存这个恢复码：两样都没有时，谁都无法找回档案里的数据，本助手的开发者也不能。
ui-recovery-keep = 请现在打印或抄在纸上，和重要证件放在一起；不要拍照发给别人。这个恢复码只显示这一次。
ui-recovery-changed = 密码改了之后，以前打印的恢复码就作废了，请换成这一张。
ui-passphrase-section = 密码
ui-passphrase-change = 更改密码
ui-passphrase-change-hint = 先输入现在的密码，再把新密码输入两遍。改完会给您一张新的恢复码，以前打印的那张就不能用了。
ui-passphrase-current = 现在的密码
ui-passphrase-new = 新密码
ui-passphrase-change-submit = 改密码
ui-recovery-print = 打印
ui-recovery-done = 我已打印或抄好
ui-recovery-open = 用恢复码打开
ui-recovery-code = 恢复码
ui-recovery-code-hint = 6 组，每组 5 个字母或数字；大小写、空格和横线都不要紧。
ui-recovery-new = 新密码
ui-recovery-new-again = 再输入一遍新密码
ui-recovery-submit = 打开并设新密码
