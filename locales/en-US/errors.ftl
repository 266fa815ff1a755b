## Input errors: each names the field at fault ($field).

err-field-label = “{ $label }”
err-missing = { $field } is required.
err-unknown-field = { $field } is not a known field: check its spelling, or remove it.
err-not-a-region-code = { $field } must be a six-digit division code; “{ $value }” is not one.
err-unknown-region = { $field }: no division has the code { $value }.
err-not-a-number = { $field } must be a number; “{ $value }” is not one.
err-negative = { $field } cannot be negative ({ $value }).
err-not-a-date = { $field } must be a real date written year-month-day, such as 2026-03-15; “{ $value }” is not.
err-not-one-of = { $field } cannot be “{ $value }”; choose one of: { $allowed }.
err-out-of-range = { $field } must be between { $min } and { $max }; “{ $value }” is not.
err-wrong-type = { $field } has the wrong type: it should be { $expected }.
err-unknown-language = “{ $value }” is not a supported language; choose zh-CN, zh-TW or en-US.

## Field names

field-insured-region = Insured region
field-destination = Place of treatment
field-query = Search text
field-lang = Language
field-level = Division level
# Shared by the estimate (its case file) and the store (a saved case).
field-case = Case
# Shared by the interview and the consent record that seals its answers.
field-answers = Interview answers
field-limit = Number of results

## Value types ($expected of err-wrong-type)

type-object = a set of fields (a JSON object)
type-text = text
type-true-false = yes or no (true/false)
type-number = a number
type-amount = an amount of money
type-list = a list
type-json = JSON
type-base64 = Base64
type-record = a signed record
type-csv = a CSV table
field-document = The whole file
err-bad-json-syntax = { $field } is not valid JSON: there is a syntax error at line { $line }, column { $column }.
err-bad-json-eof = { $field } is not complete JSON: it ends early, at line { $line }, column { $column }.
err-bad-json-duplicate = { $field } names the field “{ $key }” twice, so which one counts cannot be told.
