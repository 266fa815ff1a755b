# When the hospital directory's index (hospitals/index.yidx) has to be rebuilt.
hosp-index-rebuilt = The hospital directory's index { $reason }; it has been rebuilt from { $count } records.
hosp-index-missing = did not exist yet
hosp-index-stale = did not match the installed lists
hosp-index-io = could not be read
hosp-index-truncated = was incomplete
hosp-index-not-an-index = was not an index file
hosp-index-version = came from another version of the program
hosp-index-checksum = was damaged
hosp-index-layout = had an inconsistent layout
