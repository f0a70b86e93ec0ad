import MDXComponents from '@theme-init/MDXComponents';
import StatusBadge from '@theme/StatusBadge';
import AdrIndex from '@theme/AdrIndex';
import DecisionLog from '@theme/DecisionLog';
import RiskRegister from '@theme/RiskRegister';
import RiskMatrix from '@theme/RiskMatrix';
import Requirements from '@theme/Requirements';
import StatusDashboard from '@theme/StatusDashboard';

/**
 * `<StatusBadge status="accepted" />` in any MDX page, with no import, and
 * the components the remark plugin makes of `::adr-index`,
 * `::decision-log`, `::risk-register`, `::risk-matrix`, `::requirements`
 * and `::status-dashboard`.
 */
export default {
  ...MDXComponents,
  StatusBadge,
  AdrIndex,
  DecisionLog,
  RiskRegister,
  RiskMatrix,
  Requirements,
  StatusDashboard,
};
