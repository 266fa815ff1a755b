//! The kind of an institution read from its name, for lists that give only names
//! (`tools/prepare-hospitals` applies it; a list that states a type keeps its own).
//!
//! One rule table, first match wins, so the order is the policy: primary care before anything
//! (a 社区卫生服务中心 is primary care whatever else its name says), then traditional medicine
//! (a 中医肿瘤医院 is a TCM hospital), then the specialties, then the generic words of a
//! hospital. A name that matches nothing (a 门诊部, a 研究所) gets no kind: "not stated" is
//! more honest than a guess.

use crate::model::Kind;

/// (words any of which the name contains, the kind, the specialty as the card shows it).
pub const RULES: &[(&[&str], Kind, Option<&str>)] = &[
    (&["社区卫生服务中心", "社区卫生服务站", "社区卫生服务"], Kind::Community, None),
    (&["卫生院", "卫生室"], Kind::Community, None),
    (&["大药房", "药房", "药店"], Kind::Pharmacy, None),
    (
        &["中医", "中西医结合", "中医药", "蒙医", "藏医", "维吾尔医", "傣医", "壮医", "苗医", "瑶医", "民族医"],
        Kind::Tcm,
        None,
    ),
    (&["妇幼保健", "妇女儿童", "妇儿"], Kind::Specialist, Some("妇幼")),
    (&["妇产", "妇婴", "产院", "妇女医院"], Kind::Specialist, Some("妇产")),
    (&["儿童", "儿科"], Kind::Specialist, Some("儿童")),
    (&["肿瘤", "癌症"], Kind::Specialist, Some("肿瘤")),
    (&["口腔", "牙科", "牙病"], Kind::Specialist, Some("口腔")),
    (&["精神", "心理", "安定医院", "康宁医院"], Kind::Specialist, Some("精神")),
    (&["眼科", "眼病", "眼耳鼻喉", "眼视光"], Kind::Specialist, Some("眼科")),
    (&["耳鼻喉", "耳鼻咽喉"], Kind::Specialist, Some("耳鼻喉")),
    (&["传染病", "感染病", "公共卫生临床中心"], Kind::Specialist, Some("传染病")),
    (&["结核", "肺科", "胸科"], Kind::Specialist, Some("胸科")),
    (&["心血管", "心脏", "心血管病"], Kind::Specialist, Some("心血管")),
    (&["脑科", "神经"], Kind::Specialist, Some("神经")),
    (&["骨科", "骨伤", "骨病"], Kind::Specialist, Some("骨科")),
    (&["皮肤"], Kind::Specialist, Some("皮肤")),
    (&["血液病"], Kind::Specialist, Some("血液")),
    (&["整形", "美容"], Kind::Specialist, Some("整形")),
    (&["康复"], Kind::Specialist, Some("康复")),
    (&["职业病"], Kind::Specialist, Some("职业病")),
    (&["急救中心"], Kind::Specialist, Some("急救")),
    (&["医院", "医学中心", "总院", "医疗中心", "分院", "院区"], Kind::General, None),
];

/// The kind and (for specialists) the specialty a name states, by [`RULES`].
pub fn kind_from_name(name: &str) -> Option<(Kind, Option<&'static str>)> {
    RULES.iter().find(|(words, _, _)| words.iter().any(|w| name.contains(w))).map(|&(_, kind, specialty)| (kind, specialty))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real names from the 2020 lists in shared/data, with the kind a person reading the name
    /// would give it.
    #[test]
    fn names_from_the_lists_get_the_kind_they_state() {
        let cases: &[(&str, Option<(Kind, Option<&str>)>)] = &[
            ("武汉市中医医院", Some((Kind::Tcm, None))),
            ("重庆市中西医结合医院", Some((Kind::Tcm, None))),
            ("内蒙古国际蒙医医院", Some((Kind::Tcm, None))),
            ("湖北省妇幼保健院", Some((Kind::Specialist, Some("妇幼")))),
            ("首都医科大学附属北京妇产医院", Some((Kind::Specialist, Some("妇产")))),
            ("武汉儿童医院", Some((Kind::Specialist, Some("儿童")))),
            ("湖北省肿瘤医院", Some((Kind::Specialist, Some("肿瘤")))),
            ("北京大学口腔医院", Some((Kind::Specialist, Some("口腔")))),
            ("武汉市精神卫生中心", Some((Kind::Specialist, Some("精神")))),
            ("北京安定医院", Some((Kind::Specialist, Some("精神")))),
            ("武汉市金银潭医院", Some((Kind::General, None))),
            ("江夏区郑店街卫生院", Some((Kind::Community, None))),
            ("江岸区后湖街社区卫生服务中心", Some((Kind::Community, None))),
            ("华中科技大学同济医学院附属协和医院", Some((Kind::General, None))),
            ("中国医学科学院阜外医院", Some((Kind::General, None))),
            ("上海市公共卫生临床中心", Some((Kind::Specialist, Some("传染病")))),
            ("天津市胸科医院", Some((Kind::Specialist, Some("胸科")))),
            ("北京积水潭医院", Some((Kind::General, None))),
            ("某某门诊部", None),
        ];
        for (name, want) in cases {
            assert_eq!(kind_from_name(name), *want, "{name}");
        }
    }

    #[test]
    fn primary_care_and_tcm_come_before_specialties() {
        // A community centre's name may mention a specialty; it is still primary care.
        assert_eq!(kind_from_name("某街道社区卫生服务中心（口腔科）"), Some((Kind::Community, None)));
        // A TCM hospital for one specialty is a TCM hospital.
        assert_eq!(kind_from_name("广东省中医院肿瘤分院"), Some((Kind::Tcm, None)));
        // 中国医 (中国医学科学院) is not 中医.
        assert_eq!(kind_from_name("中国医科大学附属第一医院"), Some((Kind::General, None)));
    }
}
