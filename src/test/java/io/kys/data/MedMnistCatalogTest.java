package io.kys.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kys.KysException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MedMnistCatalogTest {
    private final MedMnistCatalog catalog = MedMnistCatalog.standard();

    @Test
    void listsTheTwelve2dDatasets() {
        assertEquals(List.of("bloodmnist", "dermamnist", "pathmnist", "octmnist", "tissuemnist", "organamnist",
                "organcmnist", "organsmnist", "pneumoniamnist", "breastmnist", "retinamnist", "chestmnist"),
                catalog.names());
    }

    @Test
    void bloodFactsMatchMedMnist() {
        DatasetInfo blood = catalog.require("bloodmnist");
        assertEquals(8, blood.numClasses());
        assertEquals(3, blood.channels());
        assertEquals("basophil", blood.classNames().get(0));
        assertEquals("platelet", blood.classNames().get(7));
        assertEquals(new SplitSizes(11959, 1712, 3421), blood.splits());
        assertEquals("7053d0359d879ad8a5505303e11de1dc", blood.md5());
        assertTrue(blood.url().startsWith("https://zenodo.org/"));
        assertEquals("CC BY 4.0", blood.license());
        assertFalse(blood.hasDistinctV2());
        assertEquals(List.of(blood.md5()), blood.acceptedMd5s());
    }

    @Test
    void organSetsAcceptBothReleases() {
        DatasetInfo organA = catalog.require("organamnist");
        assertEquals(Optional.of(Release.CURRENT), organA.matchMd5("68E3F8846A6BD62F0C9BF841C0D9EACC"));
        assertEquals(Optional.of(Release.V2), organA.matchMd5("866b832ed4eeba67bfb9edee1d5544e6"));
        assertEquals(Optional.empty(), organA.matchMd5("0744692d530f8e62ec473284d019b0c7"));
        assertEquals(new SplitSizes(34561, 6491, 17778), organA.splits(Release.CURRENT));
        assertEquals(new SplitSizes(34581, 6491, 17778), organA.splits(Release.V2));
        assertEquals(List.of(Release.V2), organA.releasesWithSplits(new SplitSizes(34581, 6491, 17778)));
        assertEquals(2, organA.acceptedMd5s().size());
        for (String organ : List.of("organamnist", "organcmnist", "organsmnist")) {
            assertTrue(catalog.require(organ).hasDistinctV2(), organ);
        }
    }

    @Test
    void findsByMd5AndIgnoresCase() {
        CatalogMatch m = catalog.findByMd5("e5c39f1af030238290b9557d9503af9d").orElseThrow();
        assertEquals("organsmnist", m.info().name());
        assertEquals(Release.V2, m.release());
        assertTrue(catalog.find("BloodMNIST").isPresent());
        assertTrue(catalog.findByMd5("00000000000000000000000000000000").isEmpty());
    }

    @Test
    void unknownNameSuggestsClosest() {
        KysException e = assertThrows(KysException.class, () -> catalog.require("bloodmnst"));
        assertEquals("unknown dataset 'bloodmnst'; did you mean 'bloodmnist'?", e.getMessage());
        KysException far = assertThrows(KysException.class, () -> catalog.require("cifar10"));
        assertTrue(far.getMessage().startsWith("unknown dataset 'cifar10'; known datasets: bloodmnist, "), far.getMessage());
    }

    @Test
    void chestIsMultiLabelAndOthersAreNot() {
        assertTrue(catalog.require("chestmnist").multiLabel());
        assertEquals(14, catalog.require("chestmnist").numClasses());
        assertFalse(catalog.require("retinamnist").multiLabel());
    }

    @Test
    void editDistanceCountsEdits() {
        assertEquals(0, EditDistance.between("oct", "oct"));
        assertEquals(1, EditDistance.between("octmnst", "octmnist"));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(Optional.of("pathmnist"), EditDistance.closest("pathmist", catalog.names()));
    }
}
