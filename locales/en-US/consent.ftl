## Informed consent and commitment (consent-): read, sign, verify, print

consent-translation-notice = The English version is a translation for understanding only; the Chinese original prevails.
consent-kind-informed-consent = Informed consent form
consent-kind-commitment = Personal commitment letter
consent-kind-explanation = Explanation
consent-role-insured = The insured person
consent-role-proxy = Authorised person (proxy)
consent-relation-spouse = Spouse
consent-relation-child = Son or daughter
consent-relation-parent = Parent
consent-relation-sibling = Brother or sister
consent-relation-grandchild = Grandchild
consent-relation-other-relative = Other relative
consent-relation-service-staff = Community or agency staff
consent-relation-other = Other
consent-effective-unverified = Effective date not checked against the issuer's own document: { $note }

## Input errors

consent-err-id-length = { $field } should be an 18-character ID number (or an old 15-digit one); "{ $value }" has { $length }.
consent-err-id-chars = { $field } may contain only digits, with X allowed as the last character; "{ $value }" does not fit.
consent-err-id-check = { $field } "{ $value }" has the wrong check character: a digit is probably mistyped. Please compare it with the card.
consent-err-id-birth-date = { $field } "{ $value }": the birth date { $birth } is not a real date.
consent-err-id-birth-future = { $field } "{ $value }": the birth date { $birth } is after today ({ $asof }).
consent-err-id-region = { $field } "{ $value }": the first six digits { $code } have never been a division code.
consent-err-unknown-text = { $field }: there is no such text ({ $value }).
consent-err-not-signable = { $field }: "{ $value }" is an explanation to read; it is not signed.
consent-err-not-displayed = { $field }: please read the whole text (scroll to the end) before signing.
consent-err-obligation-unconfirmed = { $field }: one point is not confirmed yet: "{ $obligation }"
consent-err-fraction = { $field }: the number { $value } has a fraction; in a signed record write decimals as text, e.g. "12.5".
consent-err-precision = { $field }: the coordinate { $value } has too many decimals; at most 3.
consent-err-text-region = { $field }: "{ $title }" does not apply to people insured in { $region }.
consent-err-proxy-same-person = { $field }: the proxy's ID number is the insured person's own; to sign for yourself choose "the insured person".
consent-err-typed-name = { $field }: the typed name must match the signer's name "{ $expected }".
consent-err-signed-on = { $field }: the date of signature { $value } should be today ({ $today }).
consent-err-name = { $field }: a name has at most { $max } characters and no control characters.
consent-err-signature-empty = { $field }: there is no signature yet; please sign inside the box.
consent-err-end-before-start = { $field }: the end date { $value } is before the start date { $start }.
consent-err-phone = { $field }: "{ $value }" is not a valid phone number (7 to 15 digits).
consent-err-record-invalid = { $field }: the signed record did not verify ({ $problem }), so it cannot be printed.
consent-err-form-other-person = { $field }: the ID number on the form is not the insured person's in the signed record.
consent-err-key = The device signing key cannot be used: { $detail }
consent-err-key-io = Cannot read or create the device signing key { $path }: { $detail }
consent-err-key-malformed = { $path } is not a Yidi signing key file.
consent-err-key-too-open = Other users can read the signing key { $path } (mode { $mode }); it must be 600 (owner only).
consent-err-font-io = Cannot read the font { $path }: { $detail }. Install a Chinese font (e.g. Debian's fonts-noto-cjk) or name one with --font.
consent-err-font-invalid = { $path } is not a usable font file.
consent-err-font-glyphs = The font has no glyphs for: { $chars }
consent-err-font = The font cannot be used: { $detail }
consent-err-file = Cannot read or write the file { $path }: { $detail }

## Verification

consent-verify-valid = The signed record is valid: nothing has changed since it was signed.
consent-verify-malformed = Not a complete signed record: { $field } is missing or malformed.
consent-verify-altered = { $field } was changed after signing.
consent-verify-added = { $field } was added after signing.
consent-verify-removed = { $field } was removed after signing.
consent-verify-seal-broken = No field shows a change, but the seal does not match: the signature, the public key or the digest list was changed.
consent-verify-text-mismatch = { $field }: the text in the record differs from the official text of that version.
consent-verify-text-unknown = { $field }: this program does not know that text and version, so it cannot compare the original.
consent-verify-other-key = The record was sealed with a different key, not the given device's.

## Printed packet

consent-pdf-form-title = Cross-province medical treatment filing registration form
consent-pdf-insured-name = Insured person
consent-pdf-id-number = Citizen ID number
consent-pdf-insured-region = Insured region
consent-pdf-scheme = Scheme
consent-pdf-category = Filing category
consent-pdf-destination = Place of treatment (city)
consent-pdf-start-date = Filing starts
consent-pdf-end-date = Filing ends
consent-pdf-end-date-open = Open-ended (until changed or cancelled)
consent-pdf-phone = Phone
consent-pdf-proxy = Proxy (name, ID number, relation)
consent-pdf-applicant-signature = Applicant's signature
consent-pdf-date = Date:{ " " }
consent-pdf-form-note = Generated by Yidi from the details entered, for reference and checking when filing; the insured region's official form and its review prevail.
consent-pdf-insured = Insured person:{ " " }
consent-pdf-signer = Signed by:{ " " }
consent-pdf-relation = Relation to the insured person:{ " " }
consent-pdf-signer-id = Signer's ID number:{ " " }
consent-pdf-typed-name = Name typed by the signer:{ " " }
consent-pdf-fingerprint = Electronic signing record: text { $id } version { $version }, original digest { $hash }…, device key { $key }…, signed at { $at }. Check the record file with yidi consent verify.
consent-pdf-checklist = Checklist
consent-pdf-next-steps = Next steps

## Screen text (signing)

ui-consent-read-title = Please read and confirm
ui-consent-scroll-hint = Scroll to the end of the text; signing opens once you have read it all.
ui-consent-original = Original
ui-consent-summary = In plain words
ui-consent-translation = English translation (for understanding only)
ui-consent-confirm-each = Please confirm each point:
ui-consent-signer-self = I am the insured person
ui-consent-signer-proxy = I am acting for the insured person (proxy)
ui-consent-proxy-name = Proxy's name
ui-consent-proxy-id = Proxy's ID number
ui-consent-proxy-relation = Relation to the insured person
ui-consent-sign-here = Sign inside the box
ui-consent-clear = Clear
ui-consent-typed-name = Type the signer's name
ui-consent-date = Date of signature
ui-consent-submit = Sign
ui-consent-print = Make the printable packet
ui-consent-verify = Verify a signed record

## Field names

field-text = text
field-text-id = text id
field-text-version = text version
field-displayedfully = whole text displayed
field-confirmedobligations = points confirmed
field-insured = insured person
field-insured-name = insured person's name
field-insured-idnumber = insured person's ID number
field-signer = signer
field-signer-role = who signs
field-signer-name = signer's name
field-signer-idnumber = signer's ID number
field-signer-relation = relation to the insured person
field-typedname = typed name
field-signedon = date of signature
field-signature = signature
field-signature-pad = signature box
field-signature-pad-width = signature box width
field-signature-pad-height = signature box height
field-signature-strokes = signature strokes
field-signature-strokes-x = stroke point x
field-signature-strokes-y = stroke point y
field-signature-strokes-t = stroke point time
field-form = registration form
field-form-insuredname = insured person's name
field-form-idnumber = citizen ID number
field-form-insuredregion = insured region
field-form-scheme = scheme
field-form-category = filing category
field-form-destination = place of treatment
field-form-startdate = filing start date
field-form-enddate = filing end date
field-form-phone = phone
field-record = signed record
field-checklist = checklist
field-nextsteps = next steps
