package org.learningledger.infra;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The demo organisation of the local stack: two regions, five OSPOD teams (child-protection teams of
 * municipalities) named as their workers would name them, their members, a steward per region, an analyst
 * and an administrator. Fixed identifiers make seeding it again harmless.
 */
public final class DemoOrganisation {

    /** A demo person: the token subject, what they are (in English and in Czech), and the token roles (only the admin has one). */
    public record User(String name, String description, String descriptionCs, List<String> roles) {
    }

    public record Region(UUID id, String name, String steward) {
    }

    public record Team(UUID id, Region region, String name, String focus, List<String> members) {
    }

    public static final Region PARDUBICE = new Region(id("10"), "Pardubice", "pavla");
    public static final Region VYSOCINA = new Region(id("20"), "Vysočina", "ondrej");

    public static final Team PARDUBICE_CONFLICT = new Team(id("11"), PARDUBICE,
            "OSPOD Pardubice – tým pro rodičovské konflikty", "parental-conflict", List.of("jana", "tomas"));
    public static final Team CHRUDIM_SAFETY = new Team(id("12"), PARDUBICE,
            "OSPOD Chrudim – tým pro bezpečí dítěte", "safety-risk-evaluation", List.of("eva", "jana"));
    public static final Team SVITAVY_WELLBEING = new Team(id("13"), PARDUBICE,
            "OSPOD Svitavy – tým pro pohodu pracovníků", "worker-wellbeing", List.of("martin"));
    public static final Team JIHLAVA_CONFLICT = new Team(id("21"), VYSOCINA,
            "OSPOD Jihlava – tým pro rodičovské konflikty", "parental-conflict", List.of("lucie"));
    public static final Team TREBIC_SAFETY = new Team(id("22"), VYSOCINA,
            "OSPOD Třebíč – tým pro bezpečí dítěte", "safety-risk-evaluation", List.of("karel"));

    public static final List<Region> REGIONS = List.of(PARDUBICE, VYSOCINA);
    public static final List<Team> TEAMS =
            List.of(PARDUBICE_CONFLICT, CHRUDIM_SAFETY, SVITAVY_WELLBEING, JIHLAVA_CONFLICT, TREBIC_SAFETY);
    public static final String ANALYST = "alena";
    /** Learning reviewers of the Pardubice region: they read its confidential reports; two, so lessons get a second pair of eyes. */
    public static final List<String> PARDUBICE_REVIEWERS = List.of("radka", "milan");

    public static final List<User> USERS = List.of(
            new User("admin", "administrator (registers regions, teams, members)",
                    "správce (zakládá kraje, týmy a členství)", List.of("admin")),
            new User("jana", "member: OSPOD Pardubice (rodičovské konflikty), OSPOD Chrudim (bezpečí dítěte)",
                    "členka: OSPOD Pardubice (rodičovské konflikty), OSPOD Chrudim (bezpečí dítěte)", List.of()),
            new User("tomas", "member: OSPOD Pardubice (rodičovské konflikty)",
                    "člen: OSPOD Pardubice (rodičovské konflikty)", List.of()),
            new User("eva", "member: OSPOD Chrudim (bezpečí dítěte)",
                    "členka: OSPOD Chrudim (bezpečí dítěte)", List.of()),
            new User("martin", "member: OSPOD Svitavy (pohoda pracovníků)",
                    "člen: OSPOD Svitavy (pohoda pracovníků)", List.of()),
            new User("lucie", "member: OSPOD Jihlava (rodičovské konflikty)",
                    "členka: OSPOD Jihlava (rodičovské konflikty)", List.of()),
            new User("karel", "member: OSPOD Třebíč (bezpečí dítěte)",
                    "člen: OSPOD Třebíč (bezpečí dítěte)", List.of()),
            new User("pavla", "steward of the Pardubice region",
                    "krajská koordinátorka (steward) Pardubického kraje", List.of()),
            new User("ondrej", "steward of the Vysočina region",
                    "krajský koordinátor (steward) kraje Vysočina", List.of()),
            new User("radka", "learning reviewer of the Pardubice region",
                    "posuzovatelka hlášení a rozborů (learning reviewer) Pardubického kraje", List.of()),
            new User("milan", "learning reviewer of the Pardubice region",
                    "posuzovatel hlášení a rozborů (learning reviewer) Pardubického kraje", List.of()),
            new User(ANALYST, "ministry analyst",
                    "analytička ministerstva (ministry analyst)", List.of()));

    private DemoOrganisation() {
    }

    public static Optional<User> user(String name) {
        return USERS.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    public static List<String> userNames() {
        return USERS.stream().map(User::name).toList();
    }

    /** Readable fixed ids: 00000000-0000-4000-8000-0000000000NN. */
    static UUID id(String suffix) {
        return UUID.fromString("00000000-0000-4000-8000-0000000000" + suffix);
    }
}
