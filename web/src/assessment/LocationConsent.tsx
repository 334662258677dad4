import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/client.ts';

export interface LocationConsentProps {
  latitude: number | null;
  longitude: number | null;
  onChange: (latitude: number | null, longitude: number | null) => void;
  error?: FieldProblem | undefined;
}

/** Optional coordinates of the visit: read from the phone only when the facilitator asks for it. */
export function LocationConsent({ latitude, longitude, onChange, error }: LocationConsentProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const supported = typeof navigator !== 'undefined' && 'geolocation' in navigator;

  function locate() {
    setState('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState('idle');
        onChange(Number(position.coords.latitude.toFixed(6)), Number(position.coords.longitude.toFixed(6)));
      },
      () => setState('failed'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  }

  const has = latitude !== null && longitude !== null;
  return (
    <fieldset id="location" className="field-group" aria-describedby="location-hint">
      <legend>{t('assessment.location.title', 'Lokasi rumah (tidak wajib)')}</legend>
      <p id="location-hint" className="hint">
        {t(
          'assessment.location.hint',
          'Koordinat diambil dari GPS ponsel hanya bila Anda menekan tombol ini, dan disimpan bersama penilaian.',
        )}
      </p>
      {has ? (
        <p>
          {t('assessment.location.value', 'Koordinat: {{lat}}, {{lon}}', { lat: latitude, lon: longitude })}{' '}
          <button type="button" className="button button-quiet" onClick={() => onChange(null, null)}>
            {t('assessment.location.remove', 'Hapus lokasi')}
          </button>
        </p>
      ) : supported ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={locate}
          disabled={state === 'busy'}
        >
          {state === 'busy'
            ? t('assessment.location.busy', 'Mencari lokasi…')
            : t('assessment.location.use', 'Gunakan lokasi saya sekarang')}
        </button>
      ) : (
        <p className="muted">
          {t('assessment.location.unsupported', 'Perangkat ini tidak dapat memberi lokasi.')}
        </p>
      )}
      {state === 'failed' ? (
        <p className="field-error" role="alert">
          {t(
            'assessment.location.failed',
            'Lokasi tidak dapat diambil. Penilaian tetap bisa disimpan tanpa lokasi.',
          )}
        </p>
      ) : null}
      {error ? <p className="field-error">{error.detail}</p> : null}
    </fieldset>
  );
}
