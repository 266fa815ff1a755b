//! The calculation: one bill, one person, one pack, every line kept.
//!
//! Order of the lines (RULES.md §5): not covered → 乙类 first share → deductible → basic fund
//! segments (cut for the filing category) → above the basic cap: top-up layer → critical-illness
//! layer on the person's own covered burden. Each line is rounded to the fen, half away from zero,
//! where it ends; the totals are sums of rounded lines, so patient + fund = total to the fen.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use yidi_domain::{FilingCategory, FilingTerm, Money, RegionCode, Scheme, WorkStatus};

use crate::{
    destination::DestinationTable,
    pack::{
        in_force, CrossYearRule, Cut, Cuts, Dated, DeductibleBase, DeductibleBasis, HospitalLevel, MetaRef, PolicyPack,
        Segment, Setting, SettingRules, Source, SourceKind, Subject, YearStart,
    },
};

/// How the person is filed for care away from home.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Filing {
    Filed(FilingCategory),
    NotFiled,
}

impl Filing {
    pub fn wire_name(self) -> &'static str {
        use yidi_domain::WireNames;
        match self {
            Filing::Filed(c) => c.wire_name(),
            Filing::NotFiled => "not_filed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hospital {
    pub level: HospitalLevel,
    /// In the cross-province direct-settlement network.
    pub networked: bool,
    /// A designated (定点) institution at all.
    pub designated: bool,
}

/// Amounts already counted this insurance year, before this stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct YearToDate {
    /// Covered (政策范围内) cost counted toward the ratio segments, deductibles included.
    pub covered_cost: Money,
    pub deductible_paid: Money,
    /// Paid by the basic fund (toward its cap).
    pub fund_paid: Money,
    pub top_up_paid: Money,
    /// The person's own covered burden counted by the critical-illness layer.
    pub critical_illness_base: Money,
    pub critical_illness_paid: Money,
}

/// The bill: a total, and when known what is not covered and the 乙类 amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bill {
    pub total: Money,
    pub not_covered: Option<Money>,
    pub class_b: Option<Money>,
}

impl Bill {
    pub fn only_total(&self) -> bool {
        self.not_covered.is_none() && self.class_b.is_none()
    }
}

/// A validated case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Case {
    /// The insured pooling region.
    pub insured_pool: RegionCode,
    pub scheme: Scheme,
    pub work_status: Option<WorkStatus>,
    pub age: u32,
    pub filing: Filing,
    /// The destination's pooling region.
    pub destination_pool: RegionCode,
    pub hospital: Hospital,
    pub setting: Setting,
    pub admission: NaiveDate,
    pub discharge: Option<NaiveDate>,
    /// 1 for the first stay (or visit) of the insurance year.
    pub stay_of_year: u32,
    pub year_to_date: YearToDate,
    pub bill: Bill,
    /// The retirement date, when known (some regions treat those retired before a date apart).
    pub retired_on: Option<NaiveDate>,
    /// Contribution tier (一档 1, 二档 2); None is taken as 1.
    pub tier: Option<u8>,
    /// In hardship (特困供养, 低保, 返贫致贫): the critical-illness layer's hardship terms apply.
    pub hardship: bool,
}

/// The shares assumed when only a total is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Assumption {
    pub not_covered: Decimal,
    pub class_b: Decimal,
}

/// Low / typical / high shares of a bill that are not covered and that are 乙类. They are
/// Yidi's planning assumptions, stated in every result that uses them, not published figures.
pub const BAND: [(BandPoint, Assumption); 3] = [
    (
        BandPoint::Low,
        Assumption {
            not_covered: Decimal::from_parts(5, 0, 0, false, 2),
            class_b: Decimal::from_parts(10, 0, 0, false, 2),
        },
    ),
    (
        BandPoint::Typical,
        Assumption {
            not_covered: Decimal::from_parts(10, 0, 0, false, 2),
            class_b: Decimal::from_parts(20, 0, 0, false, 2),
        },
    ),
    (
        BandPoint::High,
        Assumption {
            not_covered: Decimal::from_parts(20, 0, 0, false, 2),
            class_b: Decimal::from_parts(30, 0, 0, false, 2),
        },
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BandPoint {
    Low,
    Typical,
    High,
}

/// Which payer a segment line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    Basic,
    TopUp,
    CriticalIllness,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NothingReason {
    NonDesignated,
    NonNetworked,
    Filing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    NotCovered,
    ClassBFirst,
    /// `charges` times the base after the stay-number factor.
    Deductible {
        charges: u32,
        factor: Decimal,
    },
    /// A piece of a layer's band `index`: the cost from `from` to `to` on that layer's axis
    /// (cumulative in the year); `to` is absent on a top-up line.
    Segment {
        layer: Layer,
        index: usize,
        from: Money,
        to: Option<Money>,
    },
    /// Cost above a cap that no layer pays.
    OverCap {
        layer: Layer,
    },
    /// The part of the person's burden under the critical-illness deductible (information).
    CriticalIllnessDeductible,
    /// A temporary category's first self-paid share of the covered cost (先自理 X%).
    TemporaryFirstShare,
    NothingPaid {
        reason: NothingReason,
    },
}

/// One line of the calculation; `fund` and `patient` are rounded to the fen. A critical-illness
/// line moves money from the patient's share to that layer, so its `patient` is negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub base: Money,
    pub ratio: Option<Decimal>,
    pub fund: Money,
    pub patient: Money,
    pub cap_reached: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub total: Money,
    pub covered: Money,
    pub basic_fund: Money,
    pub top_up: Money,
    pub critical_illness: Money,
    /// All layers together.
    pub fund: Money,
    pub patient: Money,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParamKind {
    Deductible,
    Ratio,
    BasicCap,
    TopUp,
    CriticalIllness,
    CrossProvinceCut,
    ClassBShare,
}

/// A value as the estimate used it, structured so the caller words it in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamValue {
    /// The cuts of the temporary categories, not filing and non-networked hospitals.
    Cuts(Cuts),
    /// The deductible's base amount, the stay's factor, how many times it is charged, and for a
    /// yearly deductible what was already paid this year.
    Deductible { amount: Money, factor: Decimal, charges: u32, paid_this_year: Option<Money> },
    /// The ratio bands of the person's row, and the filing's cut when one applies.
    Ratio { segments: Vec<Segment>, cut: Option<Cut> },
    /// An annual limit; None when no source states it.
    Cap(Option<Money>),
    TopUp { ratio: Option<Decimal>, cap: Option<Money> },
    CriticalIllness { deductible: Money, segments: Vec<Segment>, cap: Option<Money>, hardship: bool },
    /// A share (the destination's 乙类 first share).
    Share(Decimal),
}

/// A value the estimate used, with its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsedParam {
    pub kind: ParamKind,
    pub value: ParamValue,
    /// The kind of the strongest page the value rests on.
    pub source_kind: SourceKind,
    /// Other sources stating the same value.
    pub also: Vec<Source>,
    /// How many other published values conflict with it (the estimate shows their range).
    pub alternatives: usize,
    pub effective_from: NaiveDate,
    pub effective_to: Option<NaiveDate>,
    pub source: Source,
    pub verified_at: NaiveDate,
    pub verified: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Some value used is not verified against its source.
    UnverifiedValues { count: usize },
    /// The destination has no 乙类 share on file: the first share was taken as zero.
    DestinationShareUnknown,
    /// The stay crosses the insurance year; values in force on this date were used.
    CrossYear { date_used: NaiveDate },
    /// No direct settlement: the bill is paid in full and claimed at home.
    ManualClaim,
    /// A deductible recharged every N days needs the discharge date; one charge was assumed.
    RechargeNeedsDischarge { days: u32 },
    /// Only a total was given: the shares below were assumed.
    Assumed { assumption: Assumption },
    /// No source states the annual limit: none was applied.
    CapUnknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Estimate {
    pub date_used: NaiveDate,
    pub lines: Vec<Line>,
    pub totals: Totals,
    pub params: Vec<UsedParam>,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EstimateError {
    #[error("the pack publishes no rules for {0:?}")]
    NoRules(Setting),
    #[error("no value of {param:?} is in force on {date}")]
    DateNotCovered { param: ParamKind, date: NaiveDate, used_discharge: bool },
    #[error("no row of {0:?} applies to this person and hospital")]
    NoRow(ParamKind),
    #[error("not covered and 乙类 amounts exceed the total")]
    PartsExceedTotal,
    #[error("the pack is for {pack} {pack_scheme:?}, the case for {case} {case_scheme:?}")]
    WrongPack { pack: RegionCode, pack_scheme: Scheme, case: RegionCode, case_scheme: Scheme },
}

/// A pack and the destination table the estimate reads.
#[derive(Debug, Clone, Copy)]
pub struct Policy<'a> {
    pub pack: &'a PolicyPack,
    pub destinations: &'a DestinationTable,
}

fn fen(m: Money) -> Money {
    m.round_fen()
}

struct Ctx<'a> {
    params: Vec<UsedParam>,
    pack: &'a PolicyPack,
}

impl<'a> Ctx<'a> {
    fn take<T>(
        &mut self,
        kind: ParamKind,
        history: &'a [Dated<T>],
        date: NaiveDate,
        used_discharge: bool,
        describe: impl Fn(&T) -> ParamValue,
    ) -> Result<&'a T, EstimateError> {
        let d = in_force(history, date).ok_or(EstimateError::DateNotCovered { param: kind, date, used_discharge })?;
        self.record(kind, describe(&d.value), MetaRef::of(d));
        Ok(&d.value)
    }

    fn record(&mut self, kind: ParamKind, value: ParamValue, m: MetaRef<'_>) {
        let find = |key: &str| {
            self.pack.sources.get(key).cloned().unwrap_or(Source { title: key.to_string(), number: None, url: String::new() })
        };
        let source = find(m.source);
        let also = m.also.iter().map(|k| find(k)).collect();
        self.params.push(UsedParam {
            kind,
            value,
            source_kind: m.kind,
            also,
            alternatives: m.alternatives,
            effective_from: m.effective_from,
            effective_to: m.effective_to,
            source,
            verified_at: m.verified_at,
            verified: m.verified,
            note: m.note.map(str::to_string),
        });
    }
}

/// The date whose values apply: admission, unless the stay crosses the insurance year (1 January,
/// or the pack's `insurance_year_start`), when the pack's rule decides (discharge by default).
pub fn date_used(pack: &PolicyPack, admission: NaiveDate, discharge: Option<NaiveDate>) -> (NaiveDate, bool) {
    let start = pack.insurance_year_start.unwrap_or(YearStart::JANUARY_FIRST);
    match discharge {
        Some(d) if start.year_of(d) != start.year_of(admission) => match pack.cross_year_rule {
            CrossYearRule::Discharge => (d, true),
            CrossYearRule::Admission => (admission, false),
        },
        _ => (admission, false),
    }
}

/// The cut for a filing on a networked, designated hospital.
fn filing_cut(cuts: &Cuts, filing: Filing) -> &Cut {
    static NONE: Cut = Cut::None;
    match filing {
        Filing::Filed(c) if c.term() == FilingTerm::LongTerm => &NONE,
        Filing::Filed(FilingCategory::Referral) => &cuts.referral,
        Filing::Filed(FilingCategory::Emergency) => &cuts.emergency,
        Filing::Filed(_) => &cuts.other_temporary,
        Filing::NotFiled => &cuts.not_filed,
    }
}

struct SegOut {
    over: Money,
    cap_hit: bool,
}

/// Walks `amount` of cost from `start` on a segment axis, paying each band at its (cut) ratio
/// until `cap_left` of fund is spent; what is left above the cap comes back as `over`.
fn run_segments(
    segments: &[Segment],
    layer: Layer,
    start: Money,
    amount: Money,
    cut: &Cut,
    mut cap_left: Option<Money>,
    lines: &mut Vec<Line>,
) -> SegOut {
    let mut pos = start;
    let mut remaining = amount;
    for (index, seg) in segments.iter().enumerate() {
        if remaining <= Money::ZERO {
            break;
        }
        if seg.up_to.is_some_and(|up| pos >= up) {
            continue;
        }
        let piece = match seg.up_to {
            Some(up) => remaining.min(up - pos),
            None => remaining,
        };
        let ratio = cut.apply(seg.ratio);
        let full_fund = fen(piece.times(ratio));
        match cap_left {
            Some(left) if full_fund > left => {
                // The cap bites inside this band: the cost whose fund share still fits is paid,
                // the rest of the band (and everything after it) is above the cap.
                let fitting = if ratio.is_zero() { piece } else { fen(Money::yuan(left.amount() / ratio)).min(piece) };
                let fund = fen(fitting.times(ratio)).min(left);
                let kind = LineKind::Segment { layer, index, from: pos, to: Some(pos + fitting) };
                lines.push(Line {
                    kind,
                    base: fitting,
                    ratio: Some(ratio),
                    fund,
                    patient: fitting - fund,
                    cap_reached: true,
                });
                return SegOut { over: remaining - fitting, cap_hit: true };
            }
            _ => {
                lines.push(Line {
                    kind: LineKind::Segment { layer, index, from: pos, to: Some(pos + piece) },
                    base: piece,
                    ratio: Some(ratio),
                    fund: full_fund,
                    patient: piece - full_fund,
                    cap_reached: false,
                });
                if let Some(left) = cap_left.as_mut() {
                    *left = *left - full_fund;
                }
            }
        }
        pos += piece;
        remaining = remaining - piece;
    }
    SegOut { over: remaining.max(Money::ZERO), cap_hit: false }
}

/// Estimates one case. With only a total on the bill, `assumption` must give the shares
/// (see [`BAND`]); with a breakdown it is ignored.
pub fn estimate(policy: Policy<'_>, case: &Case, assumption: Option<Assumption>) -> Result<Estimate, EstimateError> {
    let pack = policy.pack;
    if pack.region != case.insured_pool || pack.scheme != case.scheme {
        return Err(EstimateError::WrongPack {
            pack: pack.region,
            pack_scheme: pack.scheme,
            case: case.insured_pool,
            case_scheme: case.scheme,
        });
    }
    let rules: &SettingRules = pack.settings.get(case.setting).ok_or(EstimateError::NoRules(case.setting))?;
    let (date, used_discharge) = date_used(pack, case.admission, case.discharge);
    let mut ctx = Ctx { params: Vec::with_capacity(8), pack };
    let mut warnings = Vec::new();
    if used_discharge {
        warnings.push(Warning::CrossYear { date_used: date });
    }
    let subject = Subject {
        level: case.hospital.level,
        work_status: case.work_status,
        age: case.age,
        retired_on: case.retired_on,
        tier: case.tier.unwrap_or(1),
        stay: case.stay_of_year.max(1),
    };
    let ytd = case.year_to_date;

    // Every value the case needs must be in force: a date outside every period is an error.
    let cuts = ctx.take(ParamKind::CrossProvinceCut, &pack.cross_province, date, used_discharge, |c| {
        ParamValue::Cuts(c.clone())
    })?;
    let placeholder = |_: &_| ParamValue::Cap(None);
    let deductible = ctx.take(ParamKind::Deductible, &rules.deductible, date, used_discharge, placeholder)?;
    let ratio_table = ctx.take(ParamKind::Ratio, &rules.ratio, date, used_discharge, |_| ParamValue::Cap(None))?;
    let basic_cap = *ctx.take(ParamKind::BasicCap, &rules.basic_cap, date, used_discharge, |c| ParamValue::Cap(*c))?;
    let top_up = if rules.top_up.is_empty() {
        None
    } else {
        Some(ctx.take(ParamKind::TopUp, &rules.top_up, date, used_discharge, |t| ParamValue::TopUp {
            ratio: t.rows.iter().find(|r| r.when.matches(&subject)).map(|r| r.ratio),
            cap: t.cap,
        })?)
    };
    let critical = if rules.critical_illness.is_empty() {
        None
    } else {
        Some(ctx.take(ParamKind::CriticalIllness, &rules.critical_illness, date, used_discharge, |c| {
            let hardship = case.hardship && c.hardship.is_some();
            let h = c.hardship.as_ref().filter(|_| case.hardship);
            ParamValue::CriticalIllness {
                deductible: match h {
                    Some(h) => fen(c.deductible.times(h.deductible_factor)),
                    None => c.deductible,
                },
                segments: c
                    .segments
                    .iter()
                    .map(|s| Segment {
                        up_to: s.up_to,
                        ratio: match h {
                            Some(h) => (s.ratio + h.ratio_points / Decimal::ONE_HUNDRED).min(Decimal::ONE),
                            None => s.ratio,
                        },
                    })
                    .collect(),
                cap: if h.is_some_and(|h| h.no_cap) { None } else { c.cap },
                hardship,
            }
        })?)
    };

    // The bill's parts.
    let total = fen(case.bill.total);
    let (not_covered, class_b) = match (case.bill.only_total(), assumption) {
        (true, Some(a)) => {
            warnings.push(Warning::Assumed { assumption: a });
            (fen(total.times(a.not_covered)), fen(total.times(a.class_b)))
        }
        _ => (fen(case.bill.not_covered.unwrap_or(Money::ZERO)), fen(case.bill.class_b.unwrap_or(Money::ZERO))),
    };
    if not_covered + class_b > total {
        return Err(EstimateError::PartsExceedTotal);
    }
    let share = match policy.destinations.class_b_share(case.destination_pool, date) {
        Some((_, d)) => {
            let s = d.value;
            let m = MetaRef::of(d);
            let source = policy.destinations_source(m.source);
            ctx.params.push(UsedParam {
                kind: ParamKind::ClassBShare,
                value: ParamValue::Share(s),
                source_kind: m.kind,
                also: m.also.iter().map(|k| policy.destinations_source(k)).collect(),
                alternatives: m.alternatives,
                effective_from: m.effective_from,
                effective_to: m.effective_to,
                source,
                verified_at: m.verified_at,
                verified: m.verified,
                note: m.note.map(str::to_string),
            });
            s
        }
        None => {
            if class_b > Money::ZERO {
                warnings.push(Warning::DestinationShareUnknown);
            }
            Decimal::ZERO
        }
    };
    let first = fen(class_b.times(share));
    let covered = total - not_covered - first;

    let mut lines = Vec::with_capacity(10);
    lines.push(Line {
        kind: LineKind::NotCovered,
        base: not_covered,
        ratio: None,
        fund: Money::ZERO,
        patient: not_covered,
        cap_reached: false,
    });
    lines.push(Line {
        kind: LineKind::ClassBFirst,
        base: class_b,
        ratio: Some(share),
        fund: Money::ZERO,
        patient: first,
        cap_reached: false,
    });

    // Where nothing is paid.
    let mut cut = filing_cut(cuts, case.filing);
    let mut nothing = None;
    if !case.hospital.designated {
        nothing = Some(NothingReason::NonDesignated);
    } else if !case.hospital.networked {
        warnings.push(Warning::ManualClaim);
        if cuts.non_networked == Cut::NothingPaid {
            nothing = Some(NothingReason::NonNetworked);
        } else if cuts.non_networked != Cut::None {
            // The stricter of the two cuts applies: compare their effect on a full ratio.
            if cuts.non_networked.apply(Decimal::ONE) < cut.apply(Decimal::ONE) {
                cut = &cuts.non_networked;
            }
        }
    }
    if case.filing == Filing::NotFiled && !warnings.contains(&Warning::ManualClaim) {
        warnings.push(Warning::ManualClaim);
    }
    if nothing.is_none() && *cut == Cut::NothingPaid {
        nothing = Some(NothingReason::Filing);
    }
    if let Some(reason) = nothing {
        lines.push(Line {
            kind: LineKind::NothingPaid { reason },
            base: covered,
            ratio: Some(Decimal::ZERO),
            fund: Money::ZERO,
            patient: covered,
            cap_reached: false,
        });
        return Ok(finish(date, lines, ctx.params, warnings, total, covered));
    }

    // A temporary category's first self-paid share (先自理 X%) comes off the covered cost before
    // the ordinary rules.
    let mut covered_rules = covered;
    if let Cut::FirstShare { share } = cut {
        let first_share = fen(covered.times(*share));
        lines.push(Line {
            kind: LineKind::TemporaryFirstShare,
            base: covered,
            ratio: Some(*share),
            fund: Money::ZERO,
            patient: first_share,
            cap_reached: false,
        });
        covered_rules = covered - first_share;
    }
    let covered = covered_rules;
    let cut = if matches!(cut, Cut::FirstShare { .. }) { &Cut::None } else { cut };

    // Deductible.
    let base_amount = match &deductible.base {
        DeductibleBase::Fixed { rows } => {
            rows.iter().find(|r| r.when.matches(&subject)).ok_or(EstimateError::NoRow(ParamKind::Deductible))?.amount
        }
        DeductibleBase::PercentOfStay { share, floor, ceiling } => fen(total.times(*share)).max(*floor).min(*ceiling),
        DeductibleBase::None => Money::ZERO,
    };
    let (amount, charges, factor) = match deductible.basis {
        DeductibleBasis::PerStay => {
            let n = case.stay_of_year.max(1) as usize;
            let factors = &deductible.nth_stay_factors;
            let factor = factors[(n - 1).min(factors.len().saturating_sub(1))];
            let charges = match (deductible.recharge_every_days, case.discharge) {
                (Some(every), Some(out)) => {
                    let days = (out - case.admission).num_days().max(1);
                    u32::try_from((days + i64::from(every) - 1) / i64::from(every)).unwrap_or(1)
                }
                (Some(every), None) => {
                    warnings.push(Warning::RechargeNeedsDischarge { days: every });
                    1
                }
                _ => 1,
            };
            let once = fen(base_amount.times(factor));
            (Money::yuan(once.amount() * Decimal::from(charges)), charges, factor)
        }
        DeductibleBasis::PerYear => (base_amount.saturating_sub(ytd.deductible_paid), 1, Decimal::ONE),
    };
    if let Some(p) = ctx.params.iter_mut().find(|p| p.kind == ParamKind::Deductible) {
        p.value = ParamValue::Deductible {
            amount: base_amount,
            factor,
            charges,
            paid_this_year: (deductible.basis == DeductibleBasis::PerYear).then_some(ytd.deductible_paid),
        };
    }
    let ded = amount.min(covered);
    lines.push(Line {
        kind: LineKind::Deductible { charges, factor },
        base: covered,
        ratio: None,
        fund: Money::ZERO,
        patient: ded,
        cap_reached: false,
    });

    // Basic fund segments.
    let row =
        ratio_table.rows.iter().find(|r| r.when.matches(&subject)).ok_or(EstimateError::NoRow(ParamKind::Ratio))?;
    if let Some(p) = ctx.params.iter_mut().find(|p| p.kind == ParamKind::Ratio) {
        p.value = ParamValue::Ratio { segments: row.segments.clone(), cut: (*cut != Cut::None).then(|| cut.clone()) };
    }
    let eligible = covered - ded;
    let start = if ratio_table.bounds_include_deductible {
        ytd.covered_cost + ded
    } else {
        ytd.covered_cost.saturating_sub(ytd.deductible_paid)
    };
    if basic_cap.is_none() {
        warnings.push(Warning::CapUnknown);
    }
    let cap_left = basic_cap.map(|c| c.saturating_sub(ytd.fund_paid));
    let out = run_segments(&row.segments, Layer::Basic, start, eligible, cut, cap_left, &mut lines);
    let basic_cap_hit = out.cap_hit || (eligible > Money::ZERO && cap_left == Some(Money::ZERO));
    let over = out.over;

    if over > Money::ZERO {
        match top_up {
            Some(t) => {
                let r =
                    t.rows.iter().find(|r| r.when.matches(&subject)).ok_or(EstimateError::NoRow(ParamKind::TopUp))?;
                let left = t.cap.map(|c| c.saturating_sub(ytd.top_up_paid));
                let mut fund = fen(over.times(r.ratio));
                let mut hit = false;
                if let Some(left) = left {
                    if fund > left {
                        fund = left;
                        hit = true;
                    }
                }
                lines.push(Line {
                    kind: LineKind::Segment {
                        layer: Layer::TopUp,
                        index: 0,
                        from: basic_cap.unwrap_or(Money::ZERO),
                        to: t.cap,
                    },
                    base: over,
                    ratio: Some(r.ratio),
                    fund,
                    patient: over - fund,
                    cap_reached: hit,
                });
            }
            None => lines.push(Line {
                kind: LineKind::OverCap { layer: Layer::Basic },
                base: over,
                ratio: None,
                fund: Money::ZERO,
                patient: over,
                cap_reached: true,
            }),
        }
    }
    if basic_cap_hit {
        if let Some(l) =
            lines.iter_mut().rev().find(|l| matches!(l.kind, LineKind::Segment { layer: Layer::Basic, .. }))
        {
            l.cap_reached = true;
        }
    }

    // Critical-illness layer on the person's covered burden.
    if let Some(ci) = critical {
        let hardship = ci.hardship.as_ref().filter(|_| case.hardship);
        let ci_deductible = match hardship {
            Some(h) => fen(ci.deductible.times(h.deductible_factor)),
            None => ci.deductible,
        };
        let ci_segments: Vec<Segment> = ci
            .segments
            .iter()
            .map(|s| Segment {
                up_to: s.up_to,
                ratio: match hardship {
                    Some(h) => (s.ratio + h.ratio_points / Decimal::ONE_HUNDRED).min(Decimal::ONE),
                    None => s.ratio,
                },
            })
            .collect();
        let ci_cap = if hardship.is_some_and(|h| h.no_cap) { None } else { ci.cap };
        let burden: Money = lines
            .iter()
            .filter(|l| {
                matches!(l.kind, LineKind::Deductible { .. } | LineKind::Segment { .. } | LineKind::OverCap { .. })
            })
            .map(|l| l.patient)
            .sum();
        let prior = ytd.critical_illness_base;
        let end = prior + burden;
        let (start, amount) = if ci.bounds_include_deductible {
            let s = prior.max(ci_deductible);
            (s, end.saturating_sub(s))
        } else {
            let s = prior.saturating_sub(ci_deductible);
            (s, end.saturating_sub(ci_deductible).saturating_sub(s))
        };
        let under = burden - amount;
        if under > Money::ZERO {
            lines.push(Line {
                kind: LineKind::CriticalIllnessDeductible,
                base: under,
                ratio: None,
                fund: Money::ZERO,
                patient: Money::ZERO,
                cap_reached: false,
            });
        }
        let left = ci_cap.map(|c| c.saturating_sub(ytd.critical_illness_paid));
        let first_ci = lines.len();
        run_segments(&ci_segments, Layer::CriticalIllness, start, amount, &Cut::None, left, &mut lines);
        for l in &mut lines[first_ci..] {
            l.patient = Money::ZERO - l.fund;
        }
    }

    Ok(finish(date, lines, ctx.params, warnings, total, covered))
}

fn finish(
    date: NaiveDate,
    lines: Vec<Line>,
    params: Vec<UsedParam>,
    mut warnings: Vec<Warning>,
    total: Money,
    covered: Money,
) -> Estimate {
    let mut t = Totals { total, covered, ..Totals::default() };
    for l in &lines {
        match l.kind {
            LineKind::Segment { layer: Layer::Basic, .. } => t.basic_fund += l.fund,
            LineKind::Segment { layer: Layer::TopUp, .. } => t.top_up += l.fund,
            LineKind::Segment { layer: Layer::CriticalIllness, .. } => t.critical_illness += l.fund,
            _ => {}
        }
        t.fund += l.fund;
        t.patient += l.patient;
    }
    let unverified = params.iter().filter(|p| !p.verified).count();
    if unverified > 0 {
        warnings.insert(0, Warning::UnverifiedValues { count: unverified });
    }
    Estimate { date_used: date, lines, totals: t, params, warnings }
}

impl Policy<'_> {
    fn destinations_source(&self, key: &str) -> Source {
        self.destinations.sources.get(key).cloned().unwrap_or(Source {
            title: key.to_string(),
            number: None,
            url: String::new(),
        })
    }
}

/// One filing option in the comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionResult {
    pub filing: Filing,
    pub result: Result<Totals, EstimateError>,
}

/// The same bill under each filing open to the person: long-term (their own long-term category,
/// or long-term residence), referral, other temporary, not filed.
pub fn compare(policy: Policy<'_>, case: &Case, assumption: Option<Assumption>) -> Vec<OptionResult> {
    let long_term = match case.filing {
        Filing::Filed(c) if c.term() == FilingTerm::LongTerm => c,
        _ => FilingCategory::LongTermResident,
    };
    [
        Filing::Filed(long_term),
        Filing::Filed(FilingCategory::Referral),
        Filing::Filed(FilingCategory::OtherTemporary),
        Filing::NotFiled,
    ]
    .into_iter()
    .map(|filing| {
        let mut c = *case;
        c.filing = filing;
        OptionResult { filing, result: estimate(policy, &c, assumption).map(|e| e.totals) }
    })
    .collect()
}

/// Low / typical / high estimates for a bill known only by its total.
pub fn band(policy: Policy<'_>, case: &Case) -> Result<Vec<(BandPoint, Assumption, Totals)>, EstimateError> {
    BAND.iter().map(|(point, a)| estimate(policy, case, Some(*a)).map(|e| (*point, *a, e.totals))).collect()
}
