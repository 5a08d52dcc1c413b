/** A labelled progress bar; `percent` null shows a moving bar for work of unknown size. */
export function ProgressBar({
  percent,
  label,
  detail,
}: {
  percent: number | null;
  label: string;
  detail?: string;
}) {
  return (
    <div className="progress" data-testid="progress">
      <div className="progress-text">
        <span className="progress-label">{label}</span>
        {percent !== null && <span className="progress-percent">{percent}%</span>}
      </div>
      <div
        className={percent === null ? 'progress-track is-indeterminate' : 'progress-track'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(percent !== null ? { 'aria-valuenow': percent } : {})}
        {...(detail ? { 'aria-valuetext': detail } : {})}
      >
        <div
          className="progress-fill"
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      {detail && <p className="progress-detail">{detail}</p>}
    </div>
  );
}
