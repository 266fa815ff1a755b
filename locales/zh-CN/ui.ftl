## 界面：顶栏

ui-app-name = 异地就医备案助手
ui-app-tagline = 跨省看病，先备案、选定点、持卡就医，出院直接结算。
ui-lang-label = 语言
ui-lang-zh-cn = 简体中文
ui-lang-zh-tw = 繁體中文
ui-lang-en-us = English
ui-elder-mode = 长辈模式
ui-elder-mode-hint = 字更大、对比更强

## 首页：为谁服务

ui-home-who-title = 这个助手能帮谁
ui-role-self-title = 为自己办
ui-role-self-body = 退休后随子女异地居住、在外地长住或工作、转诊到外省看病、外出时突发急病：弄清该办哪一类备案、带什么材料、去哪里办、能报销多少。
ui-role-family-title = 替家人代办
ui-role-family-body = 为父母等一位或几位家人代办：用您自己的身份证件，按家人参保地的规定准备材料，代签知情同意书。
ui-role-staff-title = 窗口工作人员协助
ui-role-staff-body = 社区服务中心的共用电脑：快速查询、打印材料；接待下一位时，上一位的信息一点不留。

## 首页：官方渠道

ui-free-title = 备案免费，请走官方渠道
ui-free-body = 异地就医备案不收任何费用。可以在参保地医保经办机构窗口、“国家医保服务平台”App、国家异地就医备案微信小程序或拨打医保服务电话办理。不要把证件交给收费的“代办”。本助手帮您准备，不代替官方备案。

## 首页：行程类别

ui-trip-title = 先看看您的情况属于哪一类
ui-trip-insured = 参保地（在哪里交医保）
ui-trip-destination = 就医地（准备在哪里看病）
ui-trip-search-placeholder = 输入地名、拼音或首字母，如 武汉、wuhan、wh
ui-trip-no-match = 没有找到这个地区，请换个写法试试。
ui-trip-pick-both = 选好参保地和就医地后，这里会告诉您是否属于跨省异地就医。
ui-trip-change = 重新选择

## 导航

ui-nav-label = 功能
ui-nav-home = 首页
