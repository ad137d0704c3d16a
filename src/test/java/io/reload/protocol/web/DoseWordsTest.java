package io.reload.protocol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reload.protocol.domain.Dosage;
import io.reload.protocol.domain.LoadScale;
import io.reload.protocol.domain.Prescription;
import io.reload.protocol.domain.WeightUnit;
import io.reload.protocol.service.ClientDose;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Doses in words, for templates as written and for a client's plan worked out from their numbers. */
class DoseWordsTest {

    /** A client's one-rep max and body weight (kg), and the loads of their plan. */
    private record Numbers(BigDecimal oneRepMaxKg, BigDecimal bodyWeightKg, LoadScale loads) {}

    private static final Numbers ALEX_KG = new Numbers(
            new BigDecimal("140"), new BigDecimal("70"), new LoadScale(WeightUnit.KG, new BigDecimal("2.5")));
    private static final Numbers ALEX_LB =
            new Numbers(new BigDecimal("140"), new BigDecimal("70"), new LoadScale(WeightUnit.LB, new BigDecimal("5")));
    private static final DoseWords WORDS = new DoseWords(Locale.ENGLISH);

    private static String forTemplate(Prescription prescription) {
        return WORDS.forTemplate(prescription.getKind(), prescription.getDosage());
    }

    private static String forClient(Prescription prescription, Numbers numbers) {
        return WORDS.forClient(new ClientDose(
                prescription.getKind(),
                prescription.getDosage(),
                numbers.oneRepMaxKg(),
                numbers.bodyWeightKg(),
                numbers.loads()));
    }

    @Test
    void setsRepsPerSideAndWhenInThePhase() {
        Dosage birdDog = new Dosage();
        birdDog.setSetsCount(3);
        birdDog.setReps(8);
        birdDog.setPerSide(true);
        birdDog.setFirstDay(5);
        birdDog.setLastDay(7);
        assertEquals(
                "3 × 8 per side · days 5–7 of the phase",
                forTemplate(PrescriptionsForTests.exercise("Bird-dog", birdDog)));
        assertEquals(
                "3 × 8 per side",
                forClient(PrescriptionsForTests.exercise("Bird-dog", birdDog), ALEX_KG),
                "a client sees only today's");
    }

    @Test
    void minutesHowOftenAndForHowLong() {
        Dosage ice = new Dosage();
        ice.setMinMinutes(15);
        ice.setMaxMinutes(20);
        ice.setEveryMinHours(2);
        ice.setEveryMaxHours(3);
        assertEquals("15–20 min · every 2–3 hours", forTemplate(PrescriptionsForTests.exercise("Ice", ice)));

        Dosage walk = new Dosage();
        walk.setMinMinutes(10);
        walk.setMaxMinutes(15);
        walk.setTimesPerDay(2);
        assertEquals("10–15 min · twice a day", forTemplate(PrescriptionsForTests.exercise("Walk", walk)));

        Dosage breathing = new Dosage();
        breathing.setMinMinutes(5);
        breathing.setMaxMinutes(5);
        breathing.setForMinDays(3);
        breathing.setForMaxDays(5);
        assertEquals("5 min · for 3–5 days", forTemplate(PrescriptionsForTests.exercise("Breathing", breathing)));
    }

    @Test
    void waterAndProteinComeFromBodyWeight() {
        assertEquals("2450–2800 ml of water a day", forClient(PrescriptionsForTests.water("35", "40"), ALEX_KG));
        assertEquals("112–154 g of protein a day", forClient(PrescriptionsForTests.protein("1.6", "2.2"), ALEX_KG));
        assertEquals(
                "35–40 ml of water per kg of body weight a day", forTemplate(PrescriptionsForTests.water("35", "40")));
    }

    @Test
    void anAmountPerKgOfAnotherKindIsSaidPlainly() {
        Dosage perKg = new Dosage();
        perKg.setMinPerKg(new BigDecimal("0.5"));
        perKg.setMaxPerKg(new BigDecimal("0.5"));
        assertEquals("0.5 per kg of body weight a day", forTemplate(PrescriptionsForTests.exercise("Creatine", perKg)));
        assertEquals("35 a day", forClient(PrescriptionsForTests.exercise("Creatine", perKg), ALEX_KG));
    }

    @Test
    void liftLoadsAreAShareOfTheOneRepMaxInTheClientsUnit() {
        // 20-30% of 140 kg = 28-42 kg -> 27.5-42.5 on 2.5 kg steps
        assertEquals(
                "27.5–42.5 kg (20–30% of your one-rep max)",
                forClient(PrescriptionsForTests.lift("20", "30"), ALEX_KG));
        // 70% of 140 kg = 98 kg = 216.05 lb -> 215 lb on 5 lb steps
        assertEquals("215 lb (70% of your one-rep max)", forClient(PrescriptionsForTests.lift("70", "70"), ALEX_LB));
        assertEquals("20–30% of the one-rep max", forTemplate(PrescriptionsForTests.lift("20", "30")));
    }

    @Test
    void aWorkingLoadIsShownOnTheClientsStep() {
        assertEquals("52.5 kg", WORDS.load(new BigDecimal("52.5"), ALEX_KG.loads()));
        assertEquals("115 lb", WORDS.load(new BigDecimal("52.5"), ALEX_LB.loads()));
    }
}
