## Designated-institution directory

hosp-level-3a = Grade III, class A
hosp-level-3b = Grade III, class B
hosp-level-3c = Grade III, class C
hosp-level-3 = Grade III
hosp-level-2a = Grade II, class A
hosp-level-2b = Grade II, class B
hosp-level-2c = Grade II, class C
hosp-level-2 = Grade II
hosp-level-1a = Grade I, class A
hosp-level-1b = Grade I, class B
hosp-level-1c = Grade I, class C
hosp-level-1 = Grade I
hosp-level-unrated = Unrated
hosp-level-unknown = Level not stated

hosp-kind-general = General hospital
hosp-kind-tcm = Traditional Chinese medicine hospital
hosp-kind-specialist = Specialist hospital
hosp-kind-community = Primary care (community or township health centre)
hosp-kind-pharmacy = Designated pharmacy
hosp-kind-unknown = Type not stated

hosp-service-inpatient = Inpatient
hosp-service-outpatient = General outpatient
hosp-service-chronic = Outpatient chronic and special diseases

hosp-network-yes = Cross-province direct settlement available
hosp-network-no = No cross-province direct settlement
hosp-network-unknown = Cross-province direct settlement: not stated in the list

hosp-data-date = Data as of { $date }
hosp-data-date-unknown = Data date: the source list is undated
hosp-source-bundled = Built-in list: Beijing designated hospitals (specialist and TCM hospitals, class-A designated hospitals); an old source, the insurance bureau's latest list prevails
hosp-source-imported = Locally imported list
hosp-source-feed = Data update version { $version }
hosp-synthetic-warning = Synthetic test data, not a real institution
hosp-distance = About { $km } km away
hosp-import-done = Imported { $count } institutions.

## Errors

hosp-err-duplicate-code = { $field }: institution code { $value } appears twice in the file.
hosp-err-synthetic-code = { $field }: code { $value } belongs to synthetic test data and cannot be imported as a real list.
hosp-err-division-mismatch = { $field }: { $value } does not contain the lower-level division { $inner }.
hosp-err-file = { $field }: cannot read the file "{ $value }" ({ $detail }).
hosp-err-more = { $first } (and { $count } more errors)

## Data updates

hosp-update-bad-feed-url = The update address "{ $url }" is not an https address.
hosp-update-bad-key = The trusted public key is not valid; it should be 64 hexadecimal digits.
hosp-update-network = Could not download from { $url }: { $detail }.
hosp-update-http-status = { $url } answered HTTP { $status }.
hosp-update-bad-signature = The update manifest's signature does not verify with the trusted key; it may have been tampered with.
hosp-update-bad-manifest = The update manifest is malformed: { $detail }.
hosp-update-stale = The feed offers version { $offered }, older than the installed version { $installed }; not installed.
hosp-update-truncated = { $file } is incomplete: { $got } of { $expected } bytes received.
hosp-update-tampered = { $file } does not match the signed manifest; it may have been tampered with.
hosp-update-invalid = { $file } has bad content: { $detail }
hosp-update-io = Could not write the data directory: { $detail }.
hosp-update-kept = The current data is unchanged.
hosp-update-updated = Updated to version { $to } (published { $published }).
hosp-update-up-to-date = Already up to date (version { $version }).

## Field labels

field-hospitals = List line
field-hospitals-code = Institution code
field-hospitals-name = Institution name
field-hospitals-aliases = Aliases
field-hospitals-province = Province
field-hospitals-city = Prefecture
field-hospitals-county = County
field-hospitals-address = Address
field-hospitals-level = Hospital level
field-hospitals-type = Institution type
field-hospitals-specialty = Specialty
field-hospitals-inpatient = Inpatient network
field-hospitals-outpatient = General outpatient network
field-hospitals-chronic = Chronic-disease outpatient network
field-hospitals-longitude = Longitude
field-hospitals-latitude = Latitude
field-hospitals-confirmed = Date confirmed
field-filter-region = Region
field-filter-level = Hospital level
field-filter-kind = Institution type
field-filter-networked = Network settlement type
field-near = Where you will live
field-file = File
field-feed = Update address
field-key = Update key
