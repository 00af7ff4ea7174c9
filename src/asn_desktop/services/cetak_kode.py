"""Verification codes of printed sheets: the constants, deriving and normalising a code, the QR
payload, the signed message of a ``Cetakan`` row and what a sheet printed (``IsiCetakan``).

Split out of ``services.cetak`` (which re-exports every public name here; the module docstring
there describes the whole scheme). Pure functions over bytes and text: nothing here reads the
database or the workspace.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from asn_desktop.db.models import Cetakan
from asn_desktop.domain.dokumen import DOKUMEN_CETAK
from asn_desktop.reports.ringkasan import Ringkasan

DOKUMEN_KINDS = DOKUMEN_CETAK
QR_PREFIX = "ASNV1"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_LEN = 12
_SIGN_DOMAIN = "ASN-DESKTOP-CETAKAN-V1"
_SIGN_DOMAIN_ISI = "ASN-DESKTOP-CETAKAN-V2"



# ------------------------------------------------------------------------------- codes


def _b32(data: bytes, n: int) -> str:
    bits = int.from_bytes(data, "big")
    total = len(data) * 8
    return "".join(_CROCKFORD[(bits >> (total - 5 * (i + 1))) & 31] for i in range(n))


def derive_kode(node: str, dokumen: str, record_id: str, content_hash: str) -> str:
    """The 12-character verification code (unformatted)."""
    digest = hashlib.sha256(f"{node}|{dokumen}|{record_id}|{content_hash}".encode()).digest()
    return _b32(digest, _CODE_LEN)


def format_kode(kode: str) -> str:
    return "-".join(kode[i:i + 4] for i in range(0, len(kode), 4))


_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def normalize_kode(text: str) -> str | None:
    """'abcd-efgh-jkmn' / 'ABCD EFGH JKMN' -> 'ABCDEFGHJKMN'; None when it cannot be a code."""
    t = re.sub(r"[\s\-.]", "", text.strip().upper()).translate(_CONFUSABLE)
    if len(t) != _CODE_LEN or any(ch not in _CROCKFORD for ch in t):
        return None
    return t


def qr_payload(kode: str, content_hash: str) -> str:
    return f"{QR_PREFIX}:{kode}:{content_hash[:32].upper()}"


def _sign_message(c: Cetakan) -> bytes:
    """What a registry row's signature covers: every field, the printed values included (rows
    recorded before revision 0007 have none and were signed without them)."""
    parts = [_SIGN_DOMAIN, c.kode, c.dokumen, c.record_id, c.pegawai_id, c.content_hash,
             c.signer_node, c.dicetak]
    if c.isi_json is not None:
        parts[0] = _SIGN_DOMAIN_ISI
        parts.append(c.isi_json)
    return "\n".join(parts).encode()


@dataclass(frozen=True)
class IsiCetakan:
    """What the registry keeps of a printed sheet besides its hash (``Cetakan.isi_json``)."""

    lembar: Ringkasan  # the values printed
    keterangan: str  # "Evaluasi Kinerja Pegawai TRIWULAN II 2026"
    periode_label: str  # "TRIWULAN II 2026", "Tahun 2026"
    instalasi: str  # the printing installation's name

    def to_json(self) -> str:
        data = {"versi": 1, "lembar": self.lembar.to_dict(), "keterangan": self.keterangan,
                "periode_label": self.periode_label, "instalasi": self.instalasi}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> IsiCetakan:
        """Raises ValueError for anything but what ``to_json`` writes."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("versi") != 1:
                raise ValueError("versi tidak dikenal")
            lembar = data["lembar"]
            if not isinstance(lembar, dict):
                raise ValueError("isi lembar tidak sah")
            out = cls(Ringkasan.from_dict(lembar), str(data["keterangan"]),
                      str(data["periode_label"]), str(data["instalasi"]))
        except (KeyError, TypeError) as exc:
            raise ValueError(f"isi cetakan tidak sah ({exc})") from None
        return out
