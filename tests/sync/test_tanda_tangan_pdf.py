"""PDF signatures from the city's own chain: a sheet printed at a unit and one printed at the
central validate against the central's CA with pyHanko's validator (and poppler's pdfsig when
installed); one byte changed after signing fails; a revoked unit's sheet is reported as such;
KONSEP sheets and installations without a certificate yet print unsigned and say so."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from tests.sync.conftest import TAHUN, Net, add_skp

from asn_desktop.db.models import Pegawai
from asn_desktop.services import cetak, sertifikat
from asn_desktop.services import sync_service as svc
from asn_desktop.services.cetak import VerifyStatus
from asn_desktop.services.workspace import Workspace
from asn_desktop.sync import pki
from asn_desktop.sync.container import PackageRejected, _pki


def _print(ws: Workspace, person: str, out: Path, status: str = "DISETUJUI"
           ) -> cetak.CetakHasil:
    add_skp(ws, person, status=status)
    with ws.db.Session() as s:
        nip = s.get_one(Pegawai, person).nip
        target = cetak.target_by_nip(s, "skp", nip, TAHUN)
    return cetak.print_to_file(ws, [target], out)


def _independent(path: Path, ca_dir: Path) -> object:
    """pyHanko's own validator, trusting nothing but the central's CA certificate."""
    from asn1crypto import x509 as a_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    ca = pki.ca_cert(ca_dir)
    assert ca is not None
    ctx = ValidationContext(trust_roots=[a_x509.Certificate.load(pki.der(ca))],
                            allow_fetching=False, revocation_mode="soft-fail")
    r = PdfFileReader(io.BytesIO(path.read_bytes()))
    (sig,) = r.embedded_signatures
    return validate_pdf_signature(sig, signer_validation_context=ctx)


def _pdfsig_trusted(path: Path, ca_dir: Path, tmp: Path) -> str | None:
    if not (shutil.which("pdfsig") and shutil.which("certutil")):
        return None
    nss, crt = tmp / "nss", tmp / "kota.crt"
    nss.mkdir(exist_ok=True)
    ca = pki.ca_cert(ca_dir)
    assert ca is not None
    crt.write_bytes(pki.pem(ca))
    pw = tmp / "sandi.txt"
    pw.write_text("\n")  # an empty password, given by file: certutil wants no terminal then
    run = {"stdin": subprocess.DEVNULL, "capture_output": True, "timeout": 60}
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "-f", str(pw)], check=True, **run)
    subprocess.run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "kota", "-t", "C,C,C", "-i",
                    str(crt), "-f", str(pw)], check=True, **run)
    return subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", str(path)], text=True,
                          **run).stdout  # type: ignore[call-overload]


def test_sheets_from_unit_and_central_validate_against_the_citys_ca(net: Net,
                                                                   tmp_path: Path) -> None:
    a, c = net.units["3673.A"], net.central
    unit_sheet = tmp_path / "unit.pdf"
    central_sheet = tmp_path / "pusat.pdf"
    hasil = _print(a, net.org.people["staf_a1"], unit_sheet)
    assert hasil.tanpa_ttd == []
    _print(c, net.org.people["staf_b1"], central_sheet)
    net.sync_unit("3673.A")
    for path, signer in ((unit_sheet, "3673.A"), (central_sheet, "PUSAT")):
        status = _independent(path, c.paths.keys)
        assert status.bottom_line, path  # type: ignore[attr-defined]
        assert status.coverage.name == "ENTIRE_FILE"  # type: ignore[attr-defined]
        (r,) = cetak.verify_pdf(c, path)
        assert r.status is VerifyStatus.VALID, r.message
        assert r.ttd_pdf is not None and r.ttd_pdf.sah and signer in r.ttd_pdf.penanda
        out = _pdfsig_trusted(path, c.paths.keys, tmp_path)
        if out is not None:
            assert "Signature is Valid" in out and "Certificate is Trusted" in out, out
            assert "Total document signed" in out
    # the field sits in the signature block's free column, on the sheet's last page
    from pypdf import PdfReader

    pages = PdfReader(unit_sheet).pages
    assert [i for i, p in enumerate(pages) if "/Annots" in p] == [len(pages) - 1]
    (widget,) = [a.get_object() for a in pages[-1]["/Annots"]]
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    w = float(pages[-1].mediabox.width)
    assert w * 0.4 < (x1 + x2) / 2 < w * 0.6 and x2 - x1 > 80 and y2 - y1 > 30


def test_one_byte_changed_after_signing_is_caught(net: Net, tmp_path: Path) -> None:
    c = net.central
    path = tmp_path / "pusat.pdf"
    _print(c, net.org.people["staf_b1"], path)
    data = bytearray(path.read_bytes())
    i = data.find(b"/Producer")
    data[i + 12] ^= 0x01
    forged = tmp_path / "diubah.pdf"
    forged.write_bytes(bytes(data))
    assert not _independent(forged, c.paths.keys).bottom_line  # type: ignore[attr-defined]
    (r,) = cetak.verify_pdf(c, forged)
    assert r.status is VerifyStatus.FORGED
    assert r.ttd_pdf is not None and not r.ttd_pdf.utuh and "diubah" in r.message
    # and a signature made by another CA's key, however well formed, is not trusted
    other = tmp_path / "lain"
    pki.buat_ca(other, "Kota Lain", "PEMERINTAH KOTA LAIN")
    csr = pki.permintaan(other, unit_nama="Palsu", node="f" * 32)
    assert csr is not None
    cert = pki.terbitkan(other, csr, pki.Subjek("Palsu", "X", "-", "f" * 32))
    pki.terima(other, ca_der=None, crt_der=pki.der(cert), crl_der=None)
    from asn_desktop.services import tanda_tangan_pdf

    unsigned = tmp_path / "konsep.pdf"
    hasil = _print(c, net.org.people["staf_c1"], unsigned, status="DRAFT")
    penanda = pki.penanda(other)
    assert penanda is not None
    tanda_tangan_pdf.tandatangani(unsigned, penanda, None, tempat="X", alasan="uji")
    (r,) = cetak.verify_pdf(c, unsigned)
    assert r.status is VerifyStatus.FORGED and r.ttd_pdf is not None
    assert not r.ttd_pdf.terpercaya and hasil.tanpa_ttd


def test_konsep_sheets_are_not_signed(net: Net, tmp_path: Path) -> None:
    path = tmp_path / "konsep.pdf"
    hasil = _print(net.central, net.org.people["staf_b1"], path, status="DRAFT")
    assert hasil.tanpa_ttd and "KONSEP" in hasil.tanpa_ttd[0][1]
    (r,) = cetak.verify_pdf(net.central, path)
    assert r.ttd_pdf is not None and not r.ttd_pdf.ada
    assert r.status is VerifyStatus.DRAFT


def test_revoked_units_sheets_are_reported(net: Net, tmp_path: Path) -> None:
    a, c = net.units["3673.A"], net.central
    path = tmp_path / "unit.pdf"
    _print(a, net.org.people["staf_a1"], path)
    net.sync_unit("3673.A")
    svc.revoke(c, "3673.A")
    (r,) = cetak.verify_pdf(c, path)
    assert r.status is VerifyStatus.FORGED
    assert r.ttd_pdf is not None and r.ttd_pdf.dicabut and "dicabut" in r.message
    # the revocation reaches the other units with the central's next package
    b = net.units["3673.B"]
    net.recv(b, net.send(c, b))
    (rb,) = cetak.verify_pdf(b, path)
    assert rb.ttd_pdf is not None and rb.ttd_pdf.dicabut


def test_until_the_certificate_arrives_sheets_go_out_unsigned_and_say_so(
        net: Net, tmp_path: Path) -> None:
    a, c = net.units["3673.A"], net.central
    svc.rotate_keys(a)  # a new PDF key: its certificate comes with the central's answer
    hasil = _print(a, net.org.people["staf_a1"], tmp_path / "1.pdf")
    assert hasil.tanpa_ttd and "belum menerima sertifikat" in hasil.catatan_ttd  # type: ignore[operator]
    res = net.recv(c, net.send(a, c))
    assert res.catatan and "diterbitkan" in res.catatan
    res = net.recv(a, net.send(c, a))
    assert res.catatan and "diterima" in res.catatan
    assert _print(a, net.org.people["staf_a1"], tmp_path / "2.pdf").tanpa_ttd == []
    info = sertifikat.info(a)
    assert info.sertifikat and "3673.A" in info.sertifikat and info.ca_sidik


@pytest.mark.parametrize("bad", [[], "x", {"csr": "not base64!"}, {"palsu": "AAAA"},
                                 {"ca": "A" * 40000}])
def test_malformed_certificate_material_rejects_the_manifest(bad: object) -> None:
    with pytest.raises(PackageRejected):
        _pki(bad)


def test_a_signed_sheet_with_its_signature_taken_off_is_refused(net: Net, tmp_path: Path) -> None:
    """The registry remembers the file was signed: a copy without the signature (the form
    entry removed, or the pages saved again) is no genuine file whatever its text says."""
    c = net.central
    path = tmp_path / "pusat.pdf"
    _print(c, net.org.people["staf_b1"], path)
    data = path.read_bytes()
    cut = tmp_path / "tanpa-formulir.pdf"
    cut.write_bytes(data.replace(b"/AcroForm", b"/AcroFxrm"))
    (r,) = cetak.verify_pdf(c, cut)
    assert r.status is VerifyStatus.FORGED and r.ttd_pdf is not None and not r.ttd_pdf.sah
    first = tmp_path / "revisi-pertama.pdf"  # the file as drawn, before the signature
    first.write_bytes(data[:data.find(b"%%EOF") + 5])
    (r,) = cetak.verify_pdf(c, first)
    assert r.status is VerifyStatus.FORGED and "tidak membawa tanda tangan" in r.message


def test_a_sheet_signed_again_by_another_installation_is_refused(net: Net,
                                                                 tmp_path: Path) -> None:
    """Unit A takes the central's sheet, cuts it back to the unsigned drawing and signs it with
    its own (valid) certificate: the signer is not the installation that printed it."""
    from asn_desktop.services import tanda_tangan_pdf

    c, a = net.central, net.units["3673.A"]
    path = tmp_path / "pusat.pdf"
    _print(c, net.org.people["staf_b1"], path)
    data = path.read_bytes()
    resigned = tmp_path / "ditandatangani-ulang.pdf"
    resigned.write_bytes(data[:data.find(b"%%EOF") + 5])
    penanda = pki.penanda(a.paths.keys)
    assert penanda is not None
    tanda_tangan_pdf.tandatangani(resigned, penanda, None, tempat="X", alasan="uji")
    (r,) = cetak.verify_pdf(c, resigned)
    assert r.ttd_pdf is not None and r.ttd_pdf.sah  # the signature itself is sound…
    assert r.status is VerifyStatus.FORGED and "bukan oleh instalasi" in r.message  # …not its


def test_a_malformed_request_in_a_package_does_not_break_the_import(net: Net) -> None:
    a, c = net.units["3673.A"], net.central
    csr = pki.permintaan(a.paths.keys, unit_nama="A", node=a.info.node_id) or b""
    svc.rotate_keys(a)
    bad = (pki.folder(a.paths.keys) / pki.TTD_CSR)
    good = bad.read_bytes()
    oid = bytes.fromhex("06072a8648ce3d0201")  # id-ecPublicKey
    assert oid in good and csr != good
    bad.write_bytes(good.replace(oid, bytes.fromhex("06072a8648ce3d0205")))
    res = net.recv(c, net.send(a, c))
    assert res.catatan and "diabaikan" in res.catatan
