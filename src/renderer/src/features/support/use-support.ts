// One implementation serves every feature: see components/use-channel.ts.
export { useChannel, useReload, useSubmit } from '../../components/use-channel';
