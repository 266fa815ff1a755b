## 输入错误：每条都写明出错的栏目（$field）。

err-field-label = 「{ $label }」
err-missing = 缺少{ $field }，请填写。
err-unknown-field = 不认识的栏目{ $field }：请检查拼写，或删去它。
err-not-a-region-code = { $field }应为六位行政区划代码，“{ $value }”不是。
err-unknown-region = { $field }：没有代码为 { $value } 的行政区划。
err-not-a-number = { $field }应为数字，“{ $value }”不是。
err-negative = { $field }不能为负数（{ $value }）。
err-not-a-date = { $field }应为“年-月-日”格式的有效日期，如 2026-03-15；“{ $value }”不是。
err-not-one-of = { $field }的值“{ $value }”无效，可选：{ $allowed }。
err-out-of-range = { $field }应在 { $min } 到 { $max } 之间，“{ $value }”不在此范围。
err-wrong-type = { $field }的类型不对，应为{ $expected }。
err-unknown-language = 不支持的语言“{ $value }”，可选：zh-CN、zh-TW、en-US。

## 栏目名称

field-insured-region = 参保地
field-destination = 就医地
field-query = 搜索内容
field-lang = 语言
field-level = 行政级别
# Shared by the estimate (its case file) and the store (a saved case).
field-case = 案例
# Shared by the interview and the consent record that seals its answers.
field-answers = 问答结果
field-limit = 结果数量

## 值的类型（err-wrong-type 的 $expected）

type-object = 一组栏目（JSON 对象）
type-text = 文字
type-true-false = 是或否（true/false）
type-number = 数字
type-amount = 金额
type-list = 列表
type-json = JSON 格式
type-base64 = Base64 编码
type-record = 签字记录
type-csv = CSV 表格
field-document = 整个文件
err-bad-json-syntax = { $field }不是有效的 JSON：第 { $line } 行第 { $column } 列格式有误。
err-bad-json-eof = { $field }不是完整的 JSON：内容在第 { $line } 行第 { $column } 列提前结束了。
err-bad-json-duplicate = { $field }中的栏目“{ $key }”出现了两次，无法确定以哪个为准。
