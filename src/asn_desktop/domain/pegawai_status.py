"""Status kepegawaian: PNS or PPPK. Validation of nomor induk and golongan branches on it."""

from __future__ import annotations

from enum import StrEnum


class StatusKepegawaian(StrEnum):
    PNS = "PNS"
    PPPK = "PPPK"


# What the app calls the 18-digit number in forms and messages. The printed sheets label both
# "NIP" (e-Kinerja does); the official label for PPPK is UNCONFIRMED.
LABEL_NOMOR_INDUK: dict[StatusKepegawaian, str] = {
    StatusKepegawaian.PNS: "NIP",
    StatusKepegawaian.PPPK: "NI PPPK",
}
