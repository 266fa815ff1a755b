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
hosp-data-date-bundled = List compiled in 2020 (the Beijing part comes from an undated older list)
hosp-list-note-bundled = This is a public list of hospitals compiled in 2020, not the insurance authority's list of designated institutions, and it does not say which hospitals offer cross-province direct settlement. Before you choose, check in the national medical insurance app (designated institutions for cross-region care), or call the destination's area code + 12333.
hosp-list-note = Whether an institution is designated and offers cross-province direct settlement is what the insurance authority publishes: check in the national medical insurance app (designated institutions for cross-region care), or call the destination's area code + 12333.
hosp-coverage-none = The built-in list has no hospitals in { $region } ({ $provinceCount } in { $province }). That does not mean there are no designated hospitals there.
hosp-coverage-some = The built-in list has { $count } hospitals in { $region } ({ $provinceCount } in { $province }); it is not complete.
hosp-coverage-province = The built-in list has { $count } hospitals in { $region }; it is not complete.
hosp-row-source-seed000 = old Beijing list (undated)
hosp-row-source-3a = { $date } list of Grade III class A hospitals (3AHospital by Luoyun)
hosp-row-source-named = { $date } hospital list (wuhan2020map)
hosp-source-bundled = Built-in list: hospital lists compiled in 2020 ("3AHospital by Luoyun, github.com/46319943/3AHospital", Apache-2.0; the wuhan2020map hospital list, MIT; an old list of Beijing designated hospitals), not the official list of designated institutions
hosp-source-imported = Locally imported list
hosp-source-feed = Data update version { $version }
hosp-synthetic-warning = Synthetic test data, not a real institution
hosp-distance = About { $km } km away
hosp-distance-under-one = Less than 1 km away
hosp-outside-destination = This hospital is in { $place }, not in your place of treatment, { $destination }.
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

## Desktop app: finding a designated hospital (ui-hospitals-*)

ui-nav-hospitals = Hospitals
ui-hospitals-title = Find a designated hospital
ui-hospitals-intro = Type the hospital's name in Chinese, in pinyin or as pinyin initials, for example 协和, xiehe or xhyy. Once you choose one, its level and location are used for the cost estimate.
ui-hospitals-search-label = Hospital name
ui-hospitals-search-placeholder = For example: 协和, xiehe, xhyy
ui-hospitals-filters = Filters
ui-hospitals-region-label = Region (leave empty to search everywhere)
ui-hospitals-level-label = Hospital level
ui-hospitals-level-any = Any level
ui-hospitals-level-3 = Level 3 (tertiary)
ui-hospitals-level-2 = Level 2 (secondary)
ui-hospitals-level-1 = Level 1 (primary)
ui-hospitals-level-unrated = Unrated
ui-hospitals-kind-label = Type of institution
ui-hospitals-kind-any = Any type
ui-hospitals-kind-general = General hospital
ui-hospitals-kind-tcm = Traditional Chinese medicine hospital
ui-hospitals-kind-specialist = Specialist hospital
ui-hospitals-kind-community = Primary care (community, township)
ui-hospitals-kind-pharmacy = Designated pharmacy
ui-hospitals-networked-label = Only show those connected for cross-province direct settlement of (tick any):
ui-hospitals-networked-hint = Institutions whose list does not say are left out when you tick one.
ui-hospitals-service-inpatient = Inpatient care
ui-hospitals-service-outpatient = General outpatient care
ui-hospitals-service-chronic = Outpatient chronic and special diseases
ui-hospitals-near = Closest to the place of treatment first
ui-hospitals-near-needs-destination = Choose the place of treatment on the home screen to sort by distance.
ui-hospitals-results-title = Results
ui-hospitals-searching = Searching…
ui-hospitals-none = No hospital matches. This list is incomplete: not finding a hospital does not mean it is not designated.
ui-hospitals-all-regions = Search all regions
ui-hospitals-limit-note = At most 20 are shown. Type more of the name to narrow the list.
ui-hospitals-sources-label = Where the list comes from
ui-hospitals-field-region = Location
ui-hospitals-field-level = Level
ui-hospitals-field-kind = Type
ui-hospitals-field-address = Address
ui-hospitals-field-code = Institution code
ui-hospitals-field-network = Cross-province direct settlement
ui-hospitals-field-confirmed = Last confirmed
ui-hospitals-not-stated = Not stated in the list
ui-hospitals-unknown-network = Where the list does not say, check with the hospital's insurance office or your insurance agency before treatment.
ui-hospitals-status-yes = Yes
ui-hospitals-status-no = No
ui-hospitals-status-unknown = Unknown
ui-hospitals-choose = Choose this hospital
ui-hospitals-chosen-mark = Chosen
ui-hospitals-chosen-title = Your hospital
ui-hospitals-chosen-note = The cost estimate uses this hospital's level and location.
ui-hospitals-unchoose = Remove this choice
ui-hospitals-none-uncovered = Look the hospital up through the official channels below, then add it by hand; the estimate will use it.
ui-hospitals-official-title = Where to check designated hospitals
ui-hospitals-official-app = National medical insurance app: search "designated institutions for cross-region care".
ui-hospitals-official-phone = Phone: call the destination's area code + 12333.
ui-hospitals-network-all-unknown = Whether inpatient care, outpatient care and chronic-disease care can be settled directly across provinces: the list does not say. Ask before you go.
ui-hospitals-field-sources = Sources
ui-hospitals-clear = Clear
ui-hospitals-manual-open = Not in the list? Add my hospital by hand
ui-hospitals-manual-title = Add a hospital by hand
ui-hospitals-manual-intro = Fill in what the official look-up says. The estimate uses the level and network status you give here.
ui-hospitals-manual-name = Hospital name
ui-hospitals-manual-name-missing = Enter the hospital's name.
ui-hospitals-manual-level = Hospital level
ui-hospitals-manual-level-unknown = Not sure
ui-hospitals-manual-level-3a = Grade III, class A
ui-hospitals-manual-level-3 = Grade III (other)
ui-hospitals-manual-level-2 = Grade II
ui-hospitals-manual-level-1 = Grade I
ui-hospitals-manual-level-unrated = Unrated
ui-hospitals-manual-networked = Can inpatient care be settled directly across provinces (networked)?
ui-hospitals-manual-networked-yes = Yes
ui-hospitals-manual-networked-no = No
ui-hospitals-manual-networked-unknown = Not sure
ui-hospitals-manual-place = The hospital is recorded in the place of treatment chosen on the home screen.
ui-hospitals-manual-save = Use this hospital
ui-hospitals-manual-cancel = Cancel
ui-hospitals-manual-mark = Added by hand
ui-hospitals-chosen-networked = Inpatient direct settlement across provinces
ui-hospitals-chosen-networked-yes = Yes
ui-hospitals-chosen-networked-no = No
ui-hospitals-chosen-networked-unknown = Not known (the estimate shows both outcomes)

## Data version and feed (yidi data)
data-status-feed = Policy and hospital data: version { $version }, published { $published }.
data-status-bundled = Policy and hospital data: the version built into the app (no update installed).
data-problem = In the installed data update, { $file } cannot be used; that part still uses the version built into the app ({ $detail }).
data-err-io = Cannot read or write { $path }: { $detail }
data-err-bad-key = { $path } is not a feed private key file.
data-err-key-too-open = { $path } may be read by other users (mode { $mode }); a private key must be 0600.
data-err-key-exists = { $path } already exists: a key file is never overwritten.
data-err-not-newer = Version { $version } is not newer than the published version { $published }; nothing was published.
data-err-version-exists = { $path } already exists: a published version is never changed.
data-err-empty = There are no dataset files under { $path }.
data-err-invalid = { $file } has a problem: { $detail }
