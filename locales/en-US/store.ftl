## People and cases (store): errors

case-err-wrong-passphrase = Wrong passphrase: nothing was opened and nothing was changed. Please try again.
case-err-need-passphrase = A passphrase is needed: this computer has no system keyring available to hold the key.
case-err-export-need-passphrase = This case file is encrypted: enter the file passphrase its sender told you separately (not the passphrase of your own store).
case-err-export-wrong-passphrase = That file passphrase does not open this case file. Check it with the sender; nothing on this device was changed.
field-import-passphrase = File passphrase
case-err-read-only = Cannot write to “{ $path }”: the disk or folder is read-only. Nothing already saved was lost; choose a writable place or check the permissions.
case-err-disk-full = The disk is full, so nothing could be saved to “{ $path }”. Nothing already saved was lost; free some space and save again.
case-err-io = Reading or writing “{ $path }” failed: { $detail }. Nothing already saved was changed.
case-err-corrupt = “{ $path }” is not a readable case store, or it is damaged ({ $detail }). Do not delete it; you can restore from an exported file first.
case-err-too-new = This store was saved by a newer version of the assistant (format { $found }); this version reads up to format { $supported }. Please update the assistant first.
case-err-person-not-found = No such person (id { $id }).
case-err-case-not-found = No such case (id { $id }).
case-err-conflict = This case was changed elsewhere meanwhile (you opened revision { $expected }, it is now revision { $found }). Open it again, then make your change.
case-err-qr-too-large = The content is { $bytes } bytes; one QR code holds at most { $max }. Export a file instead.
case-err-not-an-export = This is not a case file exported by the assistant ({ $detail }).
case-err-no-store = There is no Yidi store at { $path }. Check the path for a typo; to make a new one, run yidi case init first.
case-err-database = The case database failed: { $detail }.
case-err-too-long = { $field } is too long: at most { $max } characters.
case-err-not-an-id-number = { $field } must be an 18-character ID number (the last may be X); “{ $value }” is not one.
case-err-id-birth-date = The birth date inside { $field } does not exist: “{ $value }”.
case-err-id-checksum = The check character of { $field } “{ $value }” is wrong: from the first 17 digits it should be { $expected }. Please check for a typo.
case-err-not-a-phone = { $field } must be a phone number of 5 to 15 digits; “{ $value }” is not one.
case-err-end-before-start = { $field } ({ $end }) is before the start date ({ $start }).
case-err-bad-name = { $field } “{ $value }” may only use lower-case letters, digits and underscores, starting with a letter.
case-err-bad-id = { $field } “{ $value }” is not a valid id: 1 to 64 letters, digits, “-” or “_”.
case-err-one-self = { $field }: there can be only one “Me”; give this person another relation.
case-err-not-in-desk-mode = { $field }: service desk mode is not on; start service desk mode first.
case-err-current-passphrase = { $field } is not right; the passphrase was not changed.
case-err-desk-no-passphrase = { $field }: service desk mode has no passphrase to change.
case-err-plain-with-passphrase = { $field }: a passphrase was given and no encryption was chosen too; choose one.

## Relations

case-relation-self = Me
case-relation-mother = Mother
case-relation-father = Father
case-relation-spouse = Spouse
case-relation-child = Child
case-relation-other = Other

## Reminders

case-reminder-validity-ends = { $person }’s filing ends on { $date }, in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
case-reminder-validity-ends-today = { $person }’s filing ends today ({ $date }).
case-reminder-validity-ended = { $person }’s filing ended on { $date } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago). File again before the next admission.
case-reminder-change-opens = { $person }’s filing can be changed or cancelled from { $date }, in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
case-reminder-change-opens-today = From today ({ $date }), { $person }’s filing can be changed or cancelled.

## Import and service desk mode

case-import-created = Created
case-import-updated = Updated to the newer revision
case-import-kept-local = This device already has the same or a newer revision; nothing changed
case-desk-wiped = The previous client’s data is cleared: { $people } people, { $cases } cases, { $files } temporary files.
case-unlocked-keyring = Opened with the system keyring
case-unlocked-passphrase = Opened with the passphrase
case-unlocked-ephemeral = Service service desk mode: in memory only, nothing written to disk

## Screens

ui-case-people-title = People
ui-case-add-person = Add a person
ui-case-switch-person = Switch to
ui-case-me = Me
ui-case-owner-title = My identity (used when filing for others)
ui-case-owner-hint = Kept once; filled in for you whenever you file for a family member.
ui-case-save = Save
ui-case-saved = Saved
ui-case-delete = Delete
ui-case-reminders-title = Reminders
ui-case-no-reminders = No dates to watch in the coming days.
ui-case-export = Export a case file
ui-case-export-hint = The file is encrypted with a passphrase you choose; tell it to the receiver separately, never in the same message as the file.
ui-case-export-plain = Export without encryption (for your own archive only)
ui-case-import = Import a case file
ui-case-qr = Make a QR code
ui-case-qr-hint = The QR code carries only the pre-fill answers: no ID number, no phone number.
ui-case-qr-include-name = Include the name in the QR code
ui-case-passphrase = Passphrase
ui-case-passphrase-hint = Without the passphrase the cases cannot be opened; keep it safe.
ui-case-desk-start = Start service desk mode
ui-case-desk-hint = Shared computer: everything stays in memory, nothing is written to disk.
ui-case-desk-next = Next client
ui-case-desk-keep = Keep it for the client (export to their USB stick)
ui-case-desk-print = Print the packet
ui-case-desk-end = End service desk mode
ui-case-desk-timeout = No activity for a while: the previous client’s data was cleared.
ui-nav-people = People & cases
ui-case-unlock-title = Open your family’s records
ui-case-unlock-hint = The records are kept encrypted on this computer. Enter the passphrase you set.
ui-case-create-title = Set a passphrase to protect your family’s records
ui-case-create-hint = The records hold names and ID numbers; they are kept encrypted on this computer, and this passphrase opens them each time.
ui-case-passphrase-again = The passphrase again
ui-case-passphrase-mismatch = The two passphrases differ. Please type them again.
ui-case-unlock = Open
ui-case-create = Create and open
ui-case-edit = Edit
ui-case-current = Current
ui-case-relation = Relation
ui-case-label = What you call them (e.g. “Mum”)
ui-case-name = Name
ui-case-id-number = ID card number
ui-case-phone = Phone
ui-case-cancel = Cancel
ui-case-optional = optional
ui-case-no-people = Nobody added yet. Start with the people you file for: yourself, your mother, your father.
ui-case-choose-person = Press “Switch to” in the list above to choose whom you are filing for.
ui-case-cases-title = Saved cases
ui-case-no-cases = No saved cases for this person yet.
ui-case-save-situation = Save the current situation as a case
ui-case-save-situation-hint = Saves the insured region, place of treatment, filing category and hospital chosen on the other screens, and the dates below.
ui-case-update-situation = Update this case
ui-case-dates-title = Filing dates (fill in once filed; you are reminded before they pass)
ui-case-validity-start = Filing valid from
ui-case-validity-end = Valid until (temporary filings)
ui-case-change-from = Earliest day to change or cancel (long-term filings)
ui-case-notify-days = Remind me this many days ahead
ui-case-date-hint = e.g. 2026-08-31
ui-case-open = Continue with this case
ui-case-opened = This case’s details are now filled in on every screen.
ui-case-exported-to = Exported to:
ui-case-import-passphrase = The file’s passphrase (the sender tells you separately)
ui-case-import-person = Person:
ui-case-import-case = Case:
ui-case-choose-file = Choose a case file
ui-case-proxy = Filed by (me):
ui-case-handoff-title = Export for family or take to the desk
ui-case-desk-banner = Service service desk mode — nothing is saved
ui-case-desk-idle-hint = Cleared automatically after a while without input. When a client is done, press “Next client”.
ui-case-desk-served = Clients served
ui-case-notify-title = Cross-province filing reminder
ui-case-close = Close
ui-case-valid-until = Valid until

## Field names

field-passphrase = Passphrase
field-file-name = File name
field-person = Person
field-person-uid = Person id
field-person-relation = Relation
field-person-label = Name shown in the list
field-person-identity = Identity
field-person-identity-name = Name
field-person-identity-id-number = ID number
field-person-identity-phone = Phone
field-person-identity-signature = Signature
field-owner = My identity
field-owner-name = My name
field-owner-id-number = My ID number
field-owner-phone = My phone
field-owner-signature = My signature
field-case-uid = Case id
field-case-person-uid = Person of the case
field-case-revision = Case revision
field-case-expected-revision = Revision when opened
field-case-category = Filing category
field-case-insured-region = Insured region
field-case-destination = Place of treatment
field-case-validity-start = Filing start date
field-case-validity-end = Valid until
field-case-change-from = Earliest day to change or cancel
field-person-facts = The person’s facts
field-case-notify-days = Days of advance reminder
field-case-by-proxy = Filed for someone else
field-case-documents = Case content
field-file-format = File format
field-file-version = File version
field-file-encryption = Encryption
field-file-content = File content
field-file-kdf = Key parameters
field-file-salt = Key salt
field-file-sealed = Encrypted content
field-prefill-format = QR code format
field-prefill-version = QR code version
field-prefill-relation = Relation
field-prefill-name = Name
field-reminders-as-of = Date
field-desk-idle-minutes = Clear after inactivity (minutes)
field-export-path = Export location
field-desk = Service service desk mode
field-store-passphrase = Passphrase
field-store-current = Current passphrase
field-export-case-uid = Case to export
field-export-passphrase = Export passphrase
field-export-plain = Export without encryption

## Recovery code
field-recovery-code = Recovery code
case-err-wrong-recovery-code = { $field } is not right, so nothing was opened. Check it group by group against the printed sheet; nothing was changed.
case-err-not-a-recovery-code = { $field } should be 30 letters and digits (6 groups of 5). Please type it again from the printed sheet.
case-err-no-recovery-code = { $field }: this store was made before recovery codes existed; only its passphrase opens it.
case-unlocked-recovery-code = Opened with the recovery code
