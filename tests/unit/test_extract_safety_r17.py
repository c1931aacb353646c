"""'Dat slaat nergens op' judges, it hits nobody, with any words between; a real blow stays one. Our own wordings."""
import pytest

from mailbot.extract.safety import mask_idioms, safety_evidence


@pytest.mark.parametrize("text", [
    "Dat slaat toch nergens op?", "dat sloeg echt nergens op", "Het slaat werkelijk kant noch wal op.",
    "Die regel slaat eigenlijk niets op.", "Dit slaat nergens op.",
])
def test_idiom_hits_nobody(text):
    assert not safety_evidence([text])


@pytest.mark.parametrize("text", [
    "Hij slaat haar elke dag op de speelplaats.", "Een jongen sloeg hem op zijn hoofd.",
    "Hij slaat nooit op tafel maar sloeg haar wel.",
])
def test_blow_stays(text):
    assert "sla" in mask_idioms(text) or "slo" in mask_idioms(text)
    assert safety_evidence([text])
