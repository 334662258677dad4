import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { ReferralView } from './referral.schema.ts';

const LABEL: Record<string, string> = {
  fullName: 'Nama',
  nik: 'NIK',
  kk: 'Nomor KK',
  sex: 'Jenis kelamin',
  birthDate: 'Tanggal lahir',
  birthPlace: 'Tempat lahir',
  address: 'Alamat',
  disability: 'Disabilitas',
  insurance: 'Jaminan kesehatan',
  documents: 'Dokumen dimiliki',
};

function formatDate(iso: string | null): string {
  if (!iso) return '-';
  // Dates on paper in the regency's time zone (WITA, UTC+8).
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  const months = [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ];
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function personLines(person: ReferralView['person']): [string, string][] {
  const lines: [string, string][] = [];
  if (person.fullName !== undefined) lines.push([LABEL.fullName!, person.fullName]);
  if (person.nik !== undefined) lines.push([LABEL.nik!, person.nik ?? '-']);
  if (person.kk !== undefined) lines.push([LABEL.kk!, person.kk ?? '-']);
  if (person.sex !== undefined)
    lines.push([LABEL.sex!, person.sex === 'L' ? 'Laki-laki' : person.sex === 'P' ? 'Perempuan' : '-']);
  if (person.birthDate !== undefined)
    lines.push([
      LABEL.birthDate!,
      person.birthDate ?? (person.birthYear ? `tahun ${person.birthYear}` : '-'),
    ]);
  if (person.birthPlace !== undefined) lines.push([LABEL.birthPlace!, person.birthPlace ?? '-']);
  if (person.address !== undefined) lines.push([LABEL.address!, person.address ?? '-']);
  if (person.disability !== undefined)
    lines.push([LABEL.disability!, person.disability ? person.disability.type : 'tidak ada']);
  if (person.insurance !== undefined)
    lines.push([
      LABEL.insurance!,
      person.insurance ? `${person.insurance.status} ${person.insurance.type ?? ''}`.trim() : '-',
    ]);
  if (person.documents !== undefined) {
    const d = person.documents;
    const held = [d.ktp ? 'KTP' : null, d.kk ? 'KK' : null, d.birthCertificate ? 'Akta lahir' : null].filter(
      Boolean,
    );
    lines.push([LABEL.documents!, held.length > 0 ? held.join(', ') : 'belum ada']);
  }
  return lines;
}

/**
 * The referral letter (surat rujukan), A4: number, QR code to the verification page, service,
 * provider, deadline, and only the person fields the provider's service lists. Standard PDF
 * fonts (Helvetica) embedded in pdfkit: nothing is fetched at run time.
 */
export async function renderReferralLetter(
  referral: ReferralView,
  context: { regencyName: string; issuedAt: Date },
): Promise<Buffer> {
  const qr = await QRCode.toBuffer(referral.verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `Surat Rujukan ${referral.number}`, Author: 'Selaras', Subject: referral.service.name },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  // The heading keeps clear of the QR code in the top right corner.
  const heading = { align: 'center' as const, width: 380 };
  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .text(`PEMERINTAH ${context.regencyName.toUpperCase()}`, 56, 56, heading);
  doc.font('Helvetica').fontSize(10).text('Sistem Layanan dan Rujukan Terpadu (SLRT) - Selaras', heading);
  doc.moveDown(0.5).moveTo(56, doc.y).lineTo(436, doc.y).stroke();
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(14).text('SURAT RUJUKAN', heading);
  doc.font('Helvetica').fontSize(11).text(`Nomor: ${referral.number}`, heading);
  doc.image(qr, 449, 56, { width: 90 });
  doc.fontSize(7).text('Pindai untuk verifikasi', 449, 148, { width: 90, align: 'center' });
  doc.x = 56;
  doc.y = 190;

  const row = (label: string, value: string) => {
    const y = doc.y;
    doc.font('Helvetica').fontSize(10).text(label, 56, y, { width: 150 });
    doc.text(`: ${value}`, 206, y, { width: 333 });
    doc.moveDown(0.3);
  };
  doc.font('Helvetica-Bold').fontSize(11).text('Kepada', 56);
  row('Penyedia layanan', referral.organisation.name);
  row('Layanan', referral.service.name);
  row('Tingkat penanganan', String(referral.tier));
  row('Tanggal rujukan', formatDate(context.issuedAt.toISOString()));
  row('Batas waktu diterima', formatDate(referral.acceptDueAt));
  if (referral.completeDueAt) row('Batas waktu selesai', formatDate(referral.completeDueAt));
  row('Asal rujukan', `Desa/Kelurahan ${referral.desaName}`);
  doc.moveDown(0.8);

  doc.font('Helvetica-Bold').fontSize(11).text('Data orang yang dirujuk', 56);
  for (const [label, value] of personLines(referral.person)) row(label, value);
  doc.moveDown(0.8);

  if (referral.requiredDocuments.length > 0) {
    doc.font('Helvetica-Bold').fontSize(11).text('Dokumen yang perlu dibawa', 56);
    doc.font('Helvetica').fontSize(10).list(referral.requiredDocuments, 66, doc.y, { bulletRadius: 1.5 });
    doc.moveDown(0.8);
  }
  if (referral.note) {
    doc.font('Helvetica-Bold').fontSize(11).text('Pesan perujuk', 56);
    doc.font('Helvetica').fontSize(10).text(referral.note, 56, doc.y, { width: 483 });
    doc.moveDown(0.8);
  }
  // The footer sits in the bottom margin: without this pdfkit would start a second page.
  doc.page.margins.bottom = 0;
  doc
    .font('Helvetica-Oblique')
    .fontSize(8)
    .text(
      'Surat ini dibuat oleh Selaras. Keaslian dan status rujukan dapat diperiksa dengan memindai kode QR ' +
        `(${referral.verifyUrl}) oleh petugas yang masuk ke sistem. Mohon catat hasil layanan (rujukan balik) di Selaras.`,
      56,
      760,
      { width: 483 },
    );
  doc.end();
  return done;
}
