#!/usr/bin/env python3
"""Compare two OpenAPI JSON documents operation by operation."""
import json,sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
def ops(d):
    r={}
    for p,item in d.get('paths',{}).items():
        for m,op in item.items():
            if m in ('get','put','post','delete','patch','head','options'):
                r[(m.upper(),p)]=op
    return r
oa,ob=ops(a),ops(b)
for k in sorted(set(oa)|set(ob)):
    if k not in oa: print('ADDED op',k); continue
    if k not in ob: print('REMOVED op',k); continue
    x,y=oa[k],ob[k]
    ra,rb=set(x.get('responses',{})),set(y.get('responses',{}))
    if ra!=rb: print(k[0],k[1],'responses -',sorted(ra-rb),'+',sorted(rb-ra))
    for code in ra&rb:
        if x['responses'][code]!=y['responses'][code]: print(k[0],k[1],'response',code,'differs')
    pa=[(p.get('name'),p.get('in'),p.get('$ref')) for p in x.get('parameters',[])]
    pb=[(p.get('name'),p.get('in'),p.get('$ref')) for p in y.get('parameters',[])]
    if sorted(map(str,pa))!=sorted(map(str,pb)): print(k[0],k[1],'parameters', pa, '->', pb)
    elif x.get('parameters')!=y.get('parameters') and sorted(json.dumps(p,sort_keys=True) for p in x.get('parameters',[]))!=sorted(json.dumps(p,sort_keys=True) for p in y.get('parameters',[])): print(k[0],k[1],'parameter details differ')
    for f in ('summary','description','operationId','security','requestBody','tags'):
        if x.get(f)!=y.get(f): print(k[0],k[1],f,'differs')
ca,cb=a.get('components',{}),b.get('components',{})
for sec in sorted(set(ca)|set(cb)):
    sa,sb=ca.get(sec,{}),cb.get(sec,{})
    for n in sorted(set(sa)|set(sb)):
        if n not in sa: print('components',sec,'ADDED',n)
        elif n not in sb: print('components',sec,'REMOVED',n)
        elif sa[n]!=sb[n]: print('components',sec,n,'differs')
