## Top bar

ui-app-name = Cross-Region Medical Filing Assistant
ui-app-tagline = For care in another province: file first, choose a designated hospital, bring your card, and settle directly at discharge.
ui-lang-label = Language
ui-lang-zh-cn = 简体中文
ui-lang-zh-tw = 繁體中文
ui-lang-en-us = English
ui-elder-mode = Larger text
ui-elder-mode-hint = Larger text, stronger contrast

## Home: who it is for

ui-home-who-title = Who this assistant helps
ui-role-self-title = For myself
ui-role-self-body = Retired and living with your children elsewhere, living or working in another city, referred to a hospital in another province, or taken ill while away: find which filing you need, what to bring, where to file and how much you may pay.
ui-role-family-title = For a family member
ui-role-family-body = Filing for a parent or several relatives: you show your own ID, prepare the materials their insured region asks for, and sign the consent on their behalf.
ui-role-staff-title = Staff helping a walk-in
ui-role-staff-body = A shared computer at a community service centre: quick look-ups and printouts, and nothing of one client left behind for the next.

## Home: official channels

ui-free-title = Filing is free: use the official channels
ui-free-body = Filing for care in another region costs nothing. File at the counter of your insured region’s medical insurance agency, in the National Medical Insurance Service Platform app, in the national cross-region filing mini-program, or by the insurance service hotline. Never hand your documents to a paid “agent”. This assistant helps you prepare; it does not file for you.

## Home: journey scope

ui-trip-title = First, which case is yours?
ui-trip-insured = Insured region (where you pay into medical insurance)
ui-trip-destination = Place of treatment (where you will see a doctor)
ui-trip-search-placeholder = Type a place name, pinyin or initials: 武汉, wuhan, wh
ui-trip-no-match = No such place found; try writing it another way.
ui-trip-pick-both = Choose your insured region and your place of treatment to see whether this is cross-province care.
ui-trip-change = Choose again

## Navigation

ui-nav-label = Sections
ui-nav-home = Home
