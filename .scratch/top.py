import json,sys,collections
p=json.load(open(sys.argv[1]))
nodes={n['id']:n for n in p['nodes']}
self=collections.Counter()
dt=p['timeDeltas']; samples=p['samples']
for s,d in zip(samples,dt):
    n=nodes[s]; cf=n['callFrame']
    key=f"{cf['functionName'] or '(anon)'} {cf['url'].split('/')[-1]}:{cf['lineNumber']}"
    self[key]+=d
# aggregate by file
byfile=collections.Counter()
for s,d in zip(samples,dt):
    cf=nodes[s]['callFrame']; u=cf['url']
    if 'node_modules' in u: u=u.split('node_modules/')[-1].split('/')[0] + ('/'+u.split('node_modules/')[-1].split('/')[1] if u.split('node_modules/')[-1].startswith('@') else '')
    else: u=u.split('/')[-1]
    byfile[u]+=d
tot=sum(dt)
print('total ms',tot/1000)
for k,v in self.most_common(25): print(f"{v/1000:8.0f} ms {k}")
print('--- by file/package')
for k,v in byfile.most_common(25): print(f"{v/1000:8.0f} ms {k}")
