// Cold start, subject: a consumer's first call. The package is imported by its
// name (a self-reference through package.json "exports"), as users import it.
import { getNode } from '@huozhou/plan'

if (getNode('chp_4__sec_3')?.id !== 'chp_4__sec_3') throw new Error('getNode(chp_4__sec_3) found nothing')
process.stdout.write(String(performance.now()))
