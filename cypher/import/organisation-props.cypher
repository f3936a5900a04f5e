MATCH (o {id: $id}) WHERE o:Authority OR o:UmbrellaOrganisation
RETURN properties(o) AS props
