//! Who is insured how, and what kind of filing they make: the vocabulary every rule is written in.
//!
//! Each enum has a stable snake_case wire name (used in case files, answers and policy packs) and
//! a Fluent label (`scheme-employee` = 职工医保). The six filing categories follow the national
//! 2022 notice (医保发〔2022〕22号) as summarised in shared/domain/RULES.md §2.

use serde::{Deserialize, Serialize};

use crate::i18n::{self, Lang};

/// Something with a localized label.
pub trait Labelled {
    /// The Fluent message id of the label.
    fn label_id(&self) -> &'static str;

    fn label(&self, lang: Lang) -> String {
        i18n::format_or_id(lang, self.label_id(), &i18n::Args::new())
    }
}

/// Wire names of an enum's values, for "must be one of" errors.
pub trait WireNames: Sized + 'static {
    const ALL: &'static [Self];
    fn wire_name(&self) -> &'static str;

    /// Parses a wire name for `field`, with an error listing the allowed values.
    fn parse_field(field: &str, value: &str) -> Result<Self, crate::FieldError>
    where
        Self: Copy,
    {
        Self::ALL.iter().copied().find(|v| v.wire_name() == value).ok_or_else(|| {
            let allowed: Vec<&str> = Self::ALL.iter().map(|v| v.wire_name()).collect();
            crate::FieldError::not_one_of(field, value, &allowed)
        })
    }
}

macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal / $label:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $wire)] $variant,)+
        }
        impl WireNames for $name {
            const ALL: &'static [Self] = &[$($name::$variant,)+];
            fn wire_name(&self) -> &'static str {
                match self { $($name::$variant => $wire,)+ }
            }
        }
        impl Labelled for $name {
            fn label_id(&self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }
        }
    };
}

wire_enum! {
    /// 险种 — the basic medical insurance scheme.
    Scheme {
        /// 职工基本医疗保险 — employee basic medical insurance.
        Employee = "employee" / "scheme-employee",
        /// 城乡居民基本医疗保险 — urban and rural resident basic medical insurance.
        Resident = "resident" / "scheme-resident",
    }
}

wire_enum! {
    /// 在职 / 退休 — employees' deductibles and ratios differ by this.
    WorkStatus {
        InService = "in_service" / "work-status-in-service",
        Retired = "retired" / "work-status-retired",
    }
}

wire_enum! {
    /// 备案类别 — the six filing categories.
    FilingCategory {
        /// 异地安置退休人员
        RelocatedRetiree = "relocated_retiree" / "category-relocated-retiree",
        /// 异地长期居住人员
        LongTermResident = "long_term_resident" / "category-long-term-resident",
        /// 常驻异地工作人员
        PostedWorker = "posted_worker" / "category-posted-worker",
        /// 异地转诊人员
        Referral = "referral" / "category-referral",
        /// 异地急诊抢救人员
        Emergency = "emergency" / "category-emergency",
        /// 其他临时外出就医人员
        OtherTemporary = "other_temporary" / "category-other-temporary",
    }
}

wire_enum! {
    /// 长期 / 临时 — the two families of categories; they differ in validity and in ratio cuts.
    FilingTerm {
        LongTerm = "long_term" / "term-long-term",
        Temporary = "temporary" / "term-temporary",
    }
}

wire_enum! {
    /// Where the person stands in the journey; it decides what can still be done.
    Stage {
        /// Not yet travelled or not yet admitted: file first.
        BeforeTravel = "before_travel" / "stage-before-travel",
        /// In hospital elsewhere: a filing before discharge settlement still allows direct settlement.
        Admitted = "admitted" / "stage-admitted",
        /// Discharged after paying in full: only a manual claim at home remains.
        Discharged = "discharged" / "stage-discharged",
    }
}

impl FilingCategory {
    pub fn term(self) -> FilingTerm {
        match self {
            FilingCategory::RelocatedRetiree | FilingCategory::LongTermResident | FilingCategory::PostedWorker => {
                FilingTerm::LongTerm
            }
            FilingCategory::Referral | FilingCategory::Emergency | FilingCategory::OtherTemporary => {
                FilingTerm::Temporary
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_long_term_and_three_temporary_categories() {
        let long: Vec<_> = FilingCategory::ALL.iter().filter(|c| c.term() == FilingTerm::LongTerm).collect();
        assert_eq!(long.len(), 3);
        assert_eq!(FilingCategory::ALL.len(), 6);
    }

    #[test]
    fn wire_names_round_trip_and_bad_values_list_the_choices() {
        for c in FilingCategory::ALL {
            let json = serde_json::to_string(c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.wire_name()));
            assert_eq!(FilingCategory::parse_field("category", c.wire_name()).unwrap(), *c);
        }
        let err = Scheme::parse_field("scheme", "gold").unwrap_err();
        assert_eq!(err.field, "scheme");
        assert!(matches!(err.kind, crate::FieldErrorKind::NotOneOf { ref allowed, .. } if allowed == &["employee", "resident"]));
    }
}
