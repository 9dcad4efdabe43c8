import { FindingList } from './finding-list';

/** 我的整改: findings to acknowledge and corrective actions the viewer owns. */
const MyFindings = () => <FindingList mine />;
export default MyFindings;
